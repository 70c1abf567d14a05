-- Earlier versions of edited posts (Mattermost keeps them as posts whose original_id names the edited
-- post; here they have their own table, so post lists, search and since-queries never meet them).
-- edit_at is when the version was written (0 for the first), replaced_at when an edit replaced it.
CREATE TABLE channels.post_edit_history (
    id          text   PRIMARY KEY,
    original_id text   NOT NULL REFERENCES channels.posts (id) ON DELETE CASCADE,
    message     text   NOT NULL,
    props       jsonb  NOT NULL,
    hashtags    text   NOT NULL,
    file_ids    jsonb  NOT NULL,
    edit_at     bigint NOT NULL,
    replaced_at bigint NOT NULL
);
CREATE INDEX post_edit_history_original ON channels.post_edit_history (original_id, replaced_at DESC);
