-- Outgoing webhook deliveries waiting to be made (one row per hook, callback URL and post). A row is
-- claimed by pushing next_attempt_at past the delivery's longest run and stamping claim_id, under
-- FOR UPDATE SKIP LOCKED, so one process delivers it; a process that dies leaves it due again later.
CREATE TABLE channels.outgoing_webhook_deliveries (
    id              text    PRIMARY KEY,
    hook_id         text    NOT NULL,
    callback_url    text    NOT NULL,
    post_id         text    NOT NULL,
    channel_id      text    NOT NULL,
    root_id         text    NOT NULL DEFAULT '',
    post_create_at  bigint  NOT NULL,
    payload         jsonb   NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at bigint  NOT NULL,
    claim_id        text    NOT NULL DEFAULT '',
    create_at       bigint  NOT NULL
);
CREATE INDEX outgoing_webhook_deliveries_due ON channels.outgoing_webhook_deliveries (next_attempt_at);
