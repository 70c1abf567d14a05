-- Alert deliveries accepted from monitoring tools and not yet turned into run changes (Alerts/Ingestion).
-- A row is written before the sender hears 202 and deleted once processed, so a stop in between loses nothing.
-- Rows of one source are processed one at a time, oldest first (seq), across every node.
CREATE TABLE playbooks.alert_inbox (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              text   NOT NULL UNIQUE,
    source_id       text   NOT NULL,
    body            text   NOT NULL,
    received_at     bigint NOT NULL,
    attempts        int    NOT NULL DEFAULT 0,
    next_attempt_at bigint NOT NULL,
    claim_id        text   NOT NULL DEFAULT '',
    failed_at       bigint NOT NULL DEFAULT 0,
    error           text   NOT NULL DEFAULT ''
);

CREATE INDEX alert_inbox_pending ON playbooks.alert_inbox (source_id, seq) WHERE failed_at = 0;
