-- Channels, memberships, posts, reactions and file infos, in Mattermost's shapes.
-- Times are Unix milliseconds; ids are 26-character Mattermost ids.

CREATE TABLE channels.channels (
    id                   text    PRIMARY KEY,
    team_id              text    NOT NULL DEFAULT '',   -- '' for direct and group channels
    type                 text    NOT NULL CHECK (type IN ('O', 'P', 'D', 'G')),
    name                 text    NOT NULL,
    display_name         text    NOT NULL DEFAULT '',
    header               text    NOT NULL DEFAULT '',
    purpose              text    NOT NULL DEFAULT '',
    creator_id           text    NOT NULL DEFAULT '',
    props                jsonb,
    create_at            bigint  NOT NULL,
    update_at            bigint  NOT NULL,
    delete_at            bigint  NOT NULL DEFAULT 0,
    -- Strictly increasing per channel: every post gets a distinct create_at, so Mattermost's
    -- create_at cursors (before/after) never skip or repeat posts written in the same millisecond.
    last_post_at         bigint  NOT NULL DEFAULT 0,
    last_root_post_at    bigint  NOT NULL DEFAULT 0,
    total_msg_count      bigint  NOT NULL DEFAULT 0,
    total_msg_count_root bigint  NOT NULL DEFAULT 0,
    -- Bumped by every change to the member set or a member's notify props, in the same
    -- transaction; a channel grain compares it with its cached member set when it writes posts.
    member_version       bigint  NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX channels_team_name_key ON channels.channels (team_id, name);

CREATE TABLE channels.channel_members (
    channel_id           text    NOT NULL REFERENCES channels.channels (id),
    user_id              text    NOT NULL,
    roles                text    NOT NULL DEFAULT 'channel_user',
    last_viewed_at       bigint  NOT NULL DEFAULT 0,
    msg_count            bigint  NOT NULL DEFAULT 0,
    msg_count_root       bigint  NOT NULL DEFAULT 0,
    mention_count        bigint  NOT NULL DEFAULT 0,
    mention_count_root   bigint  NOT NULL DEFAULT 0,
    urgent_mention_count bigint  NOT NULL DEFAULT 0,
    notify_props         jsonb   NOT NULL DEFAULT '{}',
    last_update_at       bigint  NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX channel_members_user_id ON channels.channel_members (user_id);

CREATE TABLE channels.posts (
    id              text    PRIMARY KEY,
    channel_id      text    NOT NULL REFERENCES channels.channels (id),
    user_id         text    NOT NULL,
    root_id         text    NOT NULL DEFAULT '',
    original_id     text    NOT NULL DEFAULT '',
    message         text    NOT NULL,
    type            text    NOT NULL DEFAULT '',
    props           jsonb   NOT NULL DEFAULT '{}',
    hashtags        text    NOT NULL DEFAULT '',
    file_ids        jsonb   NOT NULL DEFAULT '[]',
    pending_post_id text    NOT NULL DEFAULT '',
    is_pinned       boolean NOT NULL DEFAULT false,
    has_reactions   boolean NOT NULL DEFAULT false,
    create_at       bigint  NOT NULL,
    update_at       bigint  NOT NULL,
    edit_at         bigint  NOT NULL DEFAULT 0,
    delete_at       bigint  NOT NULL DEFAULT 0,
    -- Search uses the 'english' configuration on both sides: this column and the query's to_tsquery.
    search_vector   tsvector GENERATED ALWAYS AS (to_tsvector('english', message || ' ' || hashtags)) STORED,
    CHECK (char_length(message) <= 16383)
);
CREATE INDEX posts_channel_create_at ON channels.posts (channel_id, create_at DESC);
CREATE INDEX posts_channel_update_at ON channels.posts (channel_id, update_at);
CREATE INDEX posts_root_id ON channels.posts (root_id, create_at) WHERE root_id <> '';
CREATE INDEX posts_user_id ON channels.posts (user_id, create_at DESC);
CREATE INDEX posts_pinned ON channels.posts (channel_id) WHERE is_pinned AND delete_at = 0;
CREATE INDEX posts_search_vector ON channels.posts USING gin (search_vector);
-- A client retrying a create with the same pending_post_id gets the post it already made.
CREATE UNIQUE INDEX posts_pending_post_id_key ON channels.posts (user_id, pending_post_id) WHERE pending_post_id <> '';

CREATE TABLE channels.reactions (
    post_id    text   NOT NULL REFERENCES channels.posts (id),
    user_id    text   NOT NULL,
    emoji_name text   NOT NULL,
    channel_id text   NOT NULL,
    create_at  bigint NOT NULL,
    PRIMARY KEY (post_id, user_id, emoji_name)
);

CREATE TABLE channels.file_infos (
    id           text   PRIMARY KEY,
    creator_id   text   NOT NULL,
    post_id      text   NOT NULL DEFAULT '',
    channel_id   text   NOT NULL,
    name         text   NOT NULL,
    extension    text   NOT NULL DEFAULT '',
    size         bigint NOT NULL,
    mime_type    text   NOT NULL DEFAULT '',
    width        int    NOT NULL DEFAULT 0,
    height       int    NOT NULL DEFAULT 0,
    path         text   NOT NULL,
    create_at    bigint NOT NULL,
    update_at    bigint NOT NULL,
    delete_at    bigint NOT NULL DEFAULT 0
);
CREATE INDEX file_infos_post_id ON channels.file_infos (post_id) WHERE post_id <> '';
