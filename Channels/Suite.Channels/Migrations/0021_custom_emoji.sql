-- Mattermost's custom emoji. The image lives in the server's file storage at emoji/{id}/image; a
-- deleted emoji keeps its row (delete_at) and frees its name, as Mattermost's store does.
CREATE TABLE channels.emoji (
    id          text   PRIMARY KEY,
    create_at   bigint NOT NULL,
    update_at   bigint NOT NULL,
    delete_at   bigint NOT NULL DEFAULT 0,
    creator_id  text   NOT NULL,
    name        text   NOT NULL,
    description text   NOT NULL DEFAULT ''
);
-- One live emoji per name; text_pattern_ops serves the name-prefix searches of autocomplete.
CREATE UNIQUE INDEX emoji_live_name ON channels.emoji (name text_pattern_ops) WHERE delete_at = 0;
CREATE INDEX emoji_live_create_at ON channels.emoji (create_at, id) WHERE delete_at = 0;
