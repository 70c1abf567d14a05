-- Collapsed reply threads, as Mattermost keeps them: who follows a thread and up to when they
-- read it. A thread's replies, reply count and last reply time are read from posts (the
-- posts_root_id index), so the post write path writes nothing here; following, reading and the
-- mentions of a reply are written after the reply is committed (the PostCreated notification).
CREATE TABLE channels.thread_memberships (
    post_id      text    NOT NULL,  -- the thread's root post
    user_id      text    NOT NULL,
    following    boolean NOT NULL DEFAULT true,
    last_viewed  bigint  NOT NULL DEFAULT 0,
    last_updated bigint  NOT NULL,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX thread_memberships_user_following ON channels.thread_memberships (user_id, post_id) WHERE following;

-- One row per reply that mentioned a user: a thread's unread mentions are those after the user's
-- last_viewed, so marking a thread read or unread at any point needs no counter to be rebuilt.
CREATE TABLE channels.thread_mentions (
    root_id   text   NOT NULL,
    user_id   text   NOT NULL,
    post_id   text   NOT NULL,
    create_at bigint NOT NULL,
    PRIMARY KEY (root_id, user_id, post_id)
);
