CREATE TABLE platform.users (
    id                   text    PRIMARY KEY,
    username             text    NOT NULL,
    email                text    NOT NULL,
    password_hash        text    NOT NULL,
    nickname             text    NOT NULL DEFAULT '',
    first_name           text    NOT NULL DEFAULT '',
    last_name            text    NOT NULL DEFAULT '',
    position             text    NOT NULL DEFAULT '',
    roles                text    NOT NULL,
    locale               text    NOT NULL DEFAULT 'en',
    props                jsonb   NOT NULL DEFAULT '{}',
    notify_props         jsonb   NOT NULL DEFAULT '{}',
    timezone             jsonb   NOT NULL DEFAULT '{}',
    is_bot               boolean NOT NULL DEFAULT false,
    create_at            bigint  NOT NULL,
    update_at            bigint  NOT NULL,
    delete_at            bigint  NOT NULL DEFAULT 0,
    last_password_update bigint  NOT NULL,
    last_picture_update  bigint  NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_username_key ON platform.users (username);
CREATE UNIQUE INDEX users_email_key ON platform.users (lower(email));

-- Tokens are 130 random bits; only their SHA-256 is stored.
CREATE TABLE platform.sessions (
    id               text   PRIMARY KEY,
    token_hash       bytea  NOT NULL UNIQUE,
    user_id          text   NOT NULL REFERENCES platform.users (id),
    csrf_token       text   NOT NULL,
    device_id        text   NOT NULL DEFAULT '',
    create_at        bigint NOT NULL,
    expires_at       bigint NOT NULL,
    last_activity_at bigint NOT NULL
);
CREATE INDEX sessions_user_id ON platform.sessions (user_id);

CREATE TABLE platform.access_tokens (
    id          text    PRIMARY KEY,
    token_hash  bytea   NOT NULL UNIQUE,
    user_id     text    NOT NULL REFERENCES platform.users (id),
    description text    NOT NULL,
    is_active   boolean NOT NULL DEFAULT true,
    create_at   bigint  NOT NULL,
    expires_at  bigint  NOT NULL DEFAULT 0
);
CREATE INDEX access_tokens_user_id ON platform.access_tokens (user_id);
