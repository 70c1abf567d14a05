-- Users' statuses, as Mattermost's Status (dnd_end_time in seconds). prev_status is what comes back
-- when a timed Do Not Disturb ends.
CREATE TABLE platform.statuses (
    user_id          text    PRIMARY KEY REFERENCES platform.users (id),
    status           text    NOT NULL,
    manual           boolean NOT NULL DEFAULT false,
    last_activity_at bigint  NOT NULL DEFAULT 0,
    dnd_end_time     bigint  NOT NULL DEFAULT 0,
    prev_status      text    NOT NULL DEFAULT ''
);
CREATE INDEX statuses_automatic_online ON platform.statuses (last_activity_at) WHERE status = 'online' AND NOT manual;
CREATE INDEX statuses_dnd_end ON platform.statuses (dnd_end_time) WHERE dnd_end_time > 0;
CREATE INDEX statuses_automatic_connected ON platform.statuses (user_id) WHERE status IN ('online', 'away') AND NOT manual;

-- Which processes hold WebSocket connections of which users, so the last connection closing
-- anywhere makes a user offline. A process that stops beating is taken for dead with its rows.
CREATE TABLE platform.presence_processes (
    process_id   text   PRIMARY KEY,
    heartbeat_at bigint NOT NULL
);
CREATE TABLE platform.presence_connections (
    user_id    text NOT NULL,
    process_id text NOT NULL,
    PRIMARY KEY (user_id, process_id)
);
CREATE INDEX presence_connections_process ON platform.presence_connections (process_id);
