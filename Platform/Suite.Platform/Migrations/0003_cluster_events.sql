-- Events too large for a NOTIFY payload (8000 bytes): the notification carries the id. Rows are
-- only read in the minutes after they are written and are removed after a retention period.
CREATE TABLE platform.cluster_events (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin    text   NOT NULL,
    payload   bytea  NOT NULL,
    create_at bigint NOT NULL
);
CREATE INDEX cluster_events_create_at ON platform.cluster_events (create_at);
