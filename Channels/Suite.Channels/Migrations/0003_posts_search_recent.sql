-- Post search answers newest first. When a search matches many posts it walks the newest posts
-- through this index, which holds the search's filter columns (index-only where the table's
-- visibility map allows) and stops after a page of hits; when it matches few it collects them
-- through the GIN index on search_vector instead (Posts/SearchPosts/PostSearchStore.cs).
CREATE INDEX posts_search_recent ON channels.posts (create_at DESC, id DESC) INCLUDE (channel_id, user_id)
    WHERE delete_at = 0 AND type NOT LIKE 'system\_%';
