-- A search from one author walks that author's posts newest first. This index holds the walk's
-- filter columns, so a post in a channel the searcher is not in is passed over without reading it
-- (Posts/SearchPosts/PostSearchStore.cs); posts_search_recent does the same for searches by anyone.
CREATE INDEX posts_user_recent ON channels.posts (user_id, create_at DESC, id DESC) INCLUDE (channel_id)
    WHERE delete_at = 0 AND type NOT LIKE 'system\_%';
