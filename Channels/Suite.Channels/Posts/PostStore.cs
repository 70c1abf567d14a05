using Dapper;
using Npgsql;
using Suite.Channels.Files;
using Suite.Channels.Reactions;

namespace Suite.Channels.Posts;

/// <summary>Reads posts, with reply counts and reactions filled in.</summary>
internal sealed class PostStore(NpgsqlDataSource db, FileStore files)
{
    private const string Select = $"SELECT {Post.Columns} FROM channels.posts p {Post.ThreadJoin}";

    public async Task<Post?> FindAsync(string postId, bool includeDeleted, CancellationToken cancellationToken)
    {
        var posts = await QueryAsync(
            $"{Select} WHERE p.id = @postId" + (includeDeleted ? "" : " AND p.delete_at = 0"),
            new { postId },
            cancellationToken);
        return posts.Count == 0 ? null : posts[0];
    }

    public async Task<Post?> FindByPendingIdAsync(string userId, string pendingPostId, CancellationToken cancellationToken)
    {
        var posts = await QueryAsync($"{Select} WHERE p.user_id = @userId AND p.pending_post_id = @pendingPostId", new { userId, pendingPostId }, cancellationToken);
        return posts.Count == 0 ? null : posts[0];
    }

    /// <summary>Newest first, skipping <paramref name="offset"/>.</summary>
    public Task<IReadOnlyList<Post>> PageAsync(string channelId, int offset, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"{Select} WHERE p.channel_id = @channelId AND p.delete_at = 0 ORDER BY p.create_at DESC OFFSET @offset LIMIT @limit",
            new { channelId, offset, limit },
            cancellationToken);

    /// <summary>Posts older than <paramref name="createAt"/>, newest first.</summary>
    public Task<IReadOnlyList<Post>> BeforeAsync(string channelId, long createAt, int offset, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"{Select} WHERE p.channel_id = @channelId AND p.delete_at = 0 AND p.create_at < @createAt ORDER BY p.create_at DESC OFFSET @offset LIMIT @limit",
            new { channelId, createAt, offset, limit },
            cancellationToken);

    /// <summary>Posts newer than <paramref name="createAt"/>: the oldest <paramref name="limit"/> of them, returned newest first.</summary>
    public async Task<IReadOnlyList<Post>> AfterAsync(string channelId, long createAt, int offset, int limit, CancellationToken cancellationToken)
    {
        var posts = await QueryAsync(
            $"{Select} WHERE p.channel_id = @channelId AND p.delete_at = 0 AND p.create_at > @createAt ORDER BY p.create_at ASC OFFSET @offset LIMIT @limit",
            new { channelId, createAt, offset, limit },
            cancellationToken);
        return posts.Reverse().ToList();
    }

    /// <summary>Posts created, changed or deleted after <paramref name="since"/>, newest first.</summary>
    public Task<IReadOnlyList<Post>> SinceAsync(string channelId, long since, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"{Select} WHERE p.channel_id = @channelId AND p.update_at > @since ORDER BY p.create_at DESC LIMIT @limit",
            new { channelId, since, limit },
            cancellationToken);

    /// <summary>
    /// One page of a thread as <see cref="GetThread.ThreadPaging"/> describes it: ordered by
    /// <c>create_at</c> (or <c>update_at</c> with <c>fromUpdateAt</c>) then id, ascending for
    /// <c>down</c> and without a direction, descending for <c>up</c>; past the cursor in that order;
    /// at most <c>PerPage</c> posts (all when 0), and whether more follow.
    /// </summary>
    public async Task<(IReadOnlyList<Post> Page, bool HasNext)> ThreadPageAsync(
        string rootId, bool includeRoot, GetThread.ThreadPaging paging, CancellationToken cancellationToken)
    {
        var byUpdate = paging.FromUpdateAt != 0;
        var column = byUpdate ? "p.update_at" : "p.create_at";
        var from = byUpdate ? paging.FromUpdateAt : paging.FromCreateAt;
        // Mattermost filters "before the cursor" unless the direction is down; without a direction
        // and without a cursor the thread reads oldest first.
        var ascending = paging.Direction == GetThread.ThreadDirection.Down
            || (paging.Direction == GetThread.ThreadDirection.Unspecified && from == 0);
        var (compare, order) = ascending ? (">", "ASC") : ("<", "DESC");

        var sql = new System.Text.StringBuilder(Select)
            .Append(includeRoot ? " WHERE (p.id = @rootId OR (p.root_id <> '' AND p.root_id = @rootId))" : " WHERE p.root_id <> '' AND p.root_id = @rootId");
        if (!paging.UpdatesOnly)
        {
            sql.Append(" AND p.delete_at = 0");
        }

        if (from != 0)
        {
            sql.Append(paging.FromPost.Length > 0
                ? $" AND ({column} {compare} @from OR ({column} = @from AND p.id {compare} @fromPost))"
                : $" AND {column} {compare} @from");
        }

        sql.Append(" ORDER BY ").Append(column).Append(' ').Append(order).Append(", p.id ").Append(order);
        if (paging.PerPage > 0)
        {
            sql.Append(" LIMIT @limit");
        }

        var posts = await QueryAsync(sql.ToString(), new { rootId, from, fromPost = paging.FromPost, limit = paging.PerPage + 1 }, cancellationToken);
        var hasNext = paging.PerPage > 0 && posts.Count > paging.PerPage;
        return (hasNext ? posts.Take(paging.PerPage).ToList() : posts, hasNext);
    }

    public Task<IReadOnlyList<Post>> PinnedAsync(string channelId, CancellationToken cancellationToken) =>
        QueryAsync(
            $"{Select} WHERE p.channel_id = @channelId AND p.is_pinned AND p.delete_at = 0 ORDER BY p.create_at DESC",
            new { channelId },
            cancellationToken);

    public Task<IReadOnlyList<Post>> ByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE p.id = ANY(@ids) AND p.delete_at = 0", new { ids = ids.ToArray() }, cancellationToken);

    /// <summary>
    /// Of these posts, those in channels <paramref name="userId"/> belongs to (within one team with its direct and
    /// group channels, or one channel, when given), newest first.
    /// </summary>
    public Task<IReadOnlyList<Post>> InMemberChannelsAsync(
        IReadOnlyCollection<string> ids, string userId, string? teamId, string? channelId, int offset, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            {Select}
              JOIN channels.channel_members m ON m.channel_id = p.channel_id AND m.user_id = @userId
              JOIN channels.channels c ON c.id = p.channel_id
             WHERE p.id = ANY(@ids) AND p.delete_at = 0
               AND (@teamId::text IS NULL OR c.team_id = @teamId OR c.team_id = '') AND (@channelId::text IS NULL OR p.channel_id = @channelId)
             ORDER BY p.create_at DESC OFFSET @offset LIMIT @limit
            """,
            new { ids = ids.ToArray(), userId, teamId, channelId, offset, limit },
            cancellationToken);

    /// <summary>The id of the oldest post created after <paramref name="createAt"/>, or "".</summary>
    public Task<string> IdAfterAsync(string channelId, long createAt, CancellationToken cancellationToken) =>
        ScalarIdAsync(
            "SELECT id FROM channels.posts WHERE channel_id = @channelId AND delete_at = 0 AND create_at > @createAt ORDER BY create_at ASC LIMIT 1",
            new { channelId, createAt },
            cancellationToken);

    /// <summary>The id of the newest post created before <paramref name="createAt"/>, or "".</summary>
    public Task<string> IdBeforeAsync(string channelId, long createAt, CancellationToken cancellationToken) =>
        ScalarIdAsync(
            "SELECT id FROM channels.posts WHERE channel_id = @channelId AND delete_at = 0 AND create_at < @createAt ORDER BY create_at DESC LIMIT 1",
            new { channelId, createAt },
            cancellationToken);

    public async Task<long> PinnedCountAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM channels.posts WHERE channel_id = @channelId AND is_pinned AND delete_at = 0", new { channelId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Reaction>> ReactionsAsync(IReadOnlyCollection<string> postIds, CancellationToken cancellationToken)
    {
        if (postIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Reaction>(new CommandDefinition(
            $"SELECT {Reaction.Columns} FROM channels.reactions WHERE post_id = ANY(@postIds) ORDER BY create_at",
            new { postIds = postIds.ToArray() },
            cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Fills <see cref="Post.Metadata"/> with the reactions of the posts that have some.</summary>
    public async Task<IReadOnlyList<Post>> WithReactionsAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var reacted = posts.Where(p => p.HasReactions).Select(p => p.Id).ToList();
        if (reacted.Count == 0)
        {
            return posts;
        }

        var byPost = (await ReactionsAsync(reacted, cancellationToken)).ToLookup(r => r.PostId);
        return posts.Select(p => p.HasReactions ? p with { Metadata = p.Metadata with { Reactions = byPost[p.Id].ToList() } } : p).ToList();
    }

    /// <summary>Fills <see cref="Post.Metadata"/> with the files attached to the posts that list some.</summary>
    public async Task<IReadOnlyList<Post>> WithFilesAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var withFiles = posts.Where(p => p.FileIds.Count > 0).Select(p => p.Id).ToList();
        if (withFiles.Count == 0)
        {
            return posts;
        }

        var byPost = (await files.ForPostsAsync(withFiles, cancellationToken)).ToLookup(f => f.PostId);
        return posts.Select(p => byPost.Contains(p.Id) ? p with { Metadata = p.Metadata with { Files = byPost[p.Id].ToList() } } : p).ToList();
    }

    /// <summary>
    /// A post list of <paramref name="ordered"/> (newest first); unless the client skips threads, the roots
    /// of replies in it come along in <c>posts</c> (not in <c>order</c>).
    /// </summary>
    public async Task<PostList> ListWithRootsAsync(IReadOnlyList<Post> ordered, bool skipFetchThreads, CancellationToken cancellationToken)
    {
        if (skipFetchThreads)
        {
            return PostList.From(ordered);
        }

        var present = ordered.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var missingRoots = ordered.Where(p => !p.IsRoot && !present.Contains(p.RootId)).Select(p => p.RootId).Distinct().ToList();
        var roots = missingRoots.Count == 0 ? [] : await ByIdsAsync(missingRoots, cancellationToken);
        return PostList.From(ordered, roots);
    }

    /// <summary>Reactions and files, as every read of posts shows them.</summary>
    public async Task<IReadOnlyList<Post>> WithMetadataAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken) =>
        await WithFilesAsync(await WithReactionsAsync(posts, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<Post>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        List<Post> posts;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            posts = (await connection.QueryAsync<Post>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        }

        return await WithMetadataAsync(posts, cancellationToken);
    }

    private async Task<string> ScalarIdAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) ?? "";
    }
}
