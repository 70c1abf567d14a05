-- Integrations: incoming and outgoing webhooks, custom slash commands and their response URLs.
-- Numbered apart from the core's migrations so that other branches of the module can add theirs.

CREATE TABLE channels.incoming_webhooks (
    id             text    PRIMARY KEY,
    create_at      bigint  NOT NULL,
    update_at      bigint  NOT NULL,
    delete_at      bigint  NOT NULL DEFAULT 0,
    user_id        text    NOT NULL,
    channel_id     text    NOT NULL REFERENCES channels.channels (id),
    team_id        text    NOT NULL,
    display_name   text    NOT NULL DEFAULT '',
    description    text    NOT NULL DEFAULT '',
    username       text    NOT NULL DEFAULT '',
    icon_url       text    NOT NULL DEFAULT '',
    channel_locked boolean NOT NULL DEFAULT false
);
CREATE INDEX incoming_webhooks_team ON channels.incoming_webhooks (team_id) WHERE delete_at = 0;

CREATE TABLE channels.outgoing_webhooks (
    id             text    PRIMARY KEY,
    token          text    NOT NULL,
    create_at      bigint  NOT NULL,
    update_at      bigint  NOT NULL,
    delete_at      bigint  NOT NULL DEFAULT 0,
    creator_id     text    NOT NULL,
    channel_id     text    NOT NULL DEFAULT '',
    team_id        text    NOT NULL,
    trigger_words  text[]  NOT NULL DEFAULT '{}',
    trigger_when   integer NOT NULL DEFAULT 0,
    callback_urls  text[]  NOT NULL DEFAULT '{}',
    display_name   text    NOT NULL DEFAULT '',
    description    text    NOT NULL DEFAULT '',
    content_type   text    NOT NULL DEFAULT 'application/x-www-form-urlencoded',
    username       text    NOT NULL DEFAULT '',
    icon_url       text    NOT NULL DEFAULT '',
    -- Delivery health, shown to the hook's owner: failures since the last success and the last error.
    failure_count  integer NOT NULL DEFAULT 0,
    last_error     text    NOT NULL DEFAULT '',
    last_error_at  bigint  NOT NULL DEFAULT 0
);
CREATE INDEX outgoing_webhooks_team ON channels.outgoing_webhooks (team_id) WHERE delete_at = 0;

CREATE TABLE channels.commands (
    id                 text    PRIMARY KEY,
    token              text    NOT NULL,
    create_at          bigint  NOT NULL,
    update_at          bigint  NOT NULL,
    delete_at          bigint  NOT NULL DEFAULT 0,
    creator_id         text    NOT NULL,
    team_id            text    NOT NULL,
    trigger            text    NOT NULL,
    method             text    NOT NULL DEFAULT 'P' CHECK (method IN ('P', 'G')),
    username           text    NOT NULL DEFAULT '',
    icon_url           text    NOT NULL DEFAULT '',
    auto_complete      boolean NOT NULL DEFAULT false,
    auto_complete_desc text    NOT NULL DEFAULT '',
    auto_complete_hint text    NOT NULL DEFAULT '',
    display_name       text    NOT NULL DEFAULT '',
    description        text    NOT NULL DEFAULT '',
    url                text    NOT NULL
);
CREATE UNIQUE INDEX commands_team_trigger ON channels.commands (team_id, trigger) WHERE delete_at = 0;

-- One row per custom command execution: its id is the unguessable secret in the response_url.
CREATE TABLE channels.command_webhooks (
    id          text    PRIMARY KEY,
    create_at   bigint  NOT NULL,
    command_id  text    NOT NULL REFERENCES channels.commands (id),
    user_id     text    NOT NULL,
    channel_id  text    NOT NULL,
    root_id     text    NOT NULL DEFAULT '',
    use_count   integer NOT NULL DEFAULT 0
);
