-- A bot is a user account (platform.users.is_bot) plus this row; the bot's username lives on the
-- user, its display name is mirrored to the user's first_name as Mattermost does.
CREATE TABLE platform.bots (
    user_id      text   PRIMARY KEY REFERENCES platform.users (id),
    display_name text   NOT NULL DEFAULT '',
    description  text   NOT NULL DEFAULT '',
    owner_id     text   NOT NULL,
    create_at    bigint NOT NULL,
    update_at    bigint NOT NULL,
    delete_at    bigint NOT NULL DEFAULT 0
);
CREATE INDEX bots_owner_id ON platform.bots (owner_id);
