using Dapper;
using Npgsql;

namespace Suite.Channels.Threads;

/// <summary>
/// The SQL of collapsed reply threads. A user's thread is their membership of it joined to the root
/// post's channel (which they must still belong to) and to the replies counted when read.
/// </summary>
internal sealed class ThreadStore(NpgsqlDataSource db)
{
    /// <summary>Threads of <c>@userId</c> (or <c>ANY(@userIds)</c>) with their counters; callers add conditions after <c>WHERE</c>.</summary>
    private const string Rows =
        """
        SELECT tm.post_id AS id, tm.user_id, p.channel_id, tm.following, t.reply_count, t.last_reply_at, tm.last_viewed AS last_viewed_at, p.delete_at,
               (SELECT count(*) FROM channels.posts r
                 WHERE r.root_id = tm.post_id AND r.delete_at = 0 AND r.create_at > tm.last_viewed) AS unread_replies,
               (SELECT count(*) FROM channels.thread_mentions x JOIN channels.posts r ON r.id = x.post_id AND r.delete_at = 0
                 WHERE x.root_id = tm.post_id AND x.user_id = tm.user_id AND x.create_at > tm.last_viewed) AS unread_mentions,
               tm.last_updated, c.team_id
          FROM channels.thread_memberships tm
          JOIN channels.posts p ON p.id = tm.post_id
          JOIN channels.channels c ON c.id = p.channel_id
          JOIN channels.channel_members m ON m.channel_id = c.id AND m.user_id = tm.user_id
          CROSS JOIN LATERAL (
              SELECT count(*) AS reply_count, COALESCE(max(r.create_at), 0) AS last_reply_at FROM channels.posts r
               WHERE r.root_id = tm.post_id AND r.delete_at = 0) t
        """;

    private const string InTeam = "(c.team_id = @teamId OR c.type IN ('D', 'G'))";

    /// <summary>The user's thread (followed or not), or null when they have no membership or no longer belong to its channel.</summary>
    public async Task<ThreadRow?> FindAsync(string userId, string threadId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ThreadRow>(new CommandDefinition(
            $"{Rows} WHERE tm.user_id = @userId AND tm.post_id = @threadId", new { userId, threadId }, cancellationToken: cancellationToken));
    }

    /// <summary>The thread as each of its followers sees it.</summary>
    public async Task<IReadOnlyList<ThreadRow>> FollowersAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ThreadRow>(new CommandDefinition(
            $"{Rows} WHERE tm.post_id = @threadId AND tm.following", new { threadId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One page of the user's followed threads in the team (with its direct and group channels), most recent reply first, and the totals.</summary>
    public async Task<(IReadOnlyList<ThreadRow> Page, long Total, long UnreadThreads, long UnreadMentions)> PageAsync(
        string userId, string teamId, ThreadQuery query, CancellationToken cancellationToken)
    {
        const string Followed =
            $"""
            WITH threads AS (
                {Rows}
                 WHERE tm.user_id = @userId AND tm.following AND {InTeam} AND t.reply_count > 0
                   AND (@deleted OR p.delete_at = 0))
            """;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            {Followed},
            cursor_before AS (SELECT last_reply_at, id FROM threads WHERE id = @before),
            cursor_after AS (SELECT last_reply_at, id FROM threads WHERE id = @after),
            page AS (
                SELECT * FROM threads
                 WHERE (NOT @unread OR unread_replies > 0)
                   AND (@since = 0 OR last_updated > @since OR last_reply_at > @since)
                   AND (@before = '' OR (last_reply_at, id) < (SELECT last_reply_at, id FROM cursor_before))
                   AND (@after = '' OR (last_reply_at, id) > (SELECT last_reply_at, id FROM cursor_after))
                 ORDER BY CASE WHEN @after = '' THEN -last_reply_at ELSE last_reply_at END, CASE WHEN @after = '' THEN '' ELSE id END, id DESC
                 LIMIT @pageSize)
            SELECT id, user_id, channel_id, following, reply_count, last_reply_at, last_viewed_at, delete_at, unread_replies, unread_mentions
              FROM page ORDER BY last_reply_at DESC, id DESC;
            {Followed}
            SELECT count(*), count(*) FILTER (WHERE unread_replies > 0), COALESCE(sum(unread_mentions), 0)::bigint FROM threads WHERE delete_at = 0;
            """,
            new
            {
                userId,
                teamId,
                deleted = query.Deleted,
                unread = query.Unread,
                since = query.Since,
                before = query.Before,
                after = query.After,
                pageSize = query.PageSize,
            },
            cancellationToken: cancellationToken));
        var page = (await results.ReadAsync<ThreadRow>()).AsList();
        var (total, unreadThreads, unreadMentions) = await results.ReadSingleAsync<(long, long, long)>();
        return (page, total, unreadThreads, unreadMentions);
    }

    /// <summary>Per team, the user's followed threads with unread replies and their unread mentions (team threads only).</summary>
    public async Task<IReadOnlyDictionary<string, (long Threads, long Mentions)>> TeamTotalsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string TeamId, long Threads, long Mentions)>(new CommandDefinition(
            $"""
            WITH threads AS ({Rows} WHERE tm.user_id = @userId AND tm.following AND c.team_id <> '' AND p.delete_at = 0)
            SELECT team_id, count(*) FILTER (WHERE unread_replies > 0), COALESCE(sum(unread_mentions), 0)::bigint FROM threads GROUP BY team_id
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.TeamId, r => (r.Threads, r.Mentions), StringComparer.Ordinal);
    }

    /// <summary>Per channel of the team, the unread mentions in the user's followed threads.</summary>
    public async Task<IReadOnlyDictionary<string, long>> MentionCountsByChannelAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ChannelId, long Mentions)>(new CommandDefinition(
            $"""
            WITH threads AS ({Rows} WHERE tm.user_id = @userId AND tm.following AND {InTeam} AND p.delete_at = 0)
            SELECT channel_id, sum(unread_mentions)::bigint FROM threads GROUP BY channel_id HAVING sum(unread_mentions) > 0
            """,
            new { userId, teamId },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.ChannelId, r => r.Mentions, StringComparer.Ordinal);
    }

    /// <summary>The reply authors of each thread, in the order they first replied.</summary>
    public async Task<ILookup<string, string>> ParticipantsAsync(IReadOnlyCollection<string> threadIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string RootId, string UserId)>(new CommandDefinition(
            """
            SELECT root_id, user_id FROM channels.posts
             WHERE root_id = ANY(@threadIds) AND delete_at = 0
             GROUP BY root_id, user_id ORDER BY root_id, min(create_at)
            """,
            new { threadIds = threadIds.ToArray() },
            cancellationToken: cancellationToken));
        return rows.ToLookup(r => r.RootId, r => r.UserId);
    }

    /// <summary>
    /// Starts or stops following; a new membership starts at <paramref name="lastViewed"/>, and
    /// <paramref name="viewedNow"/> moves an existing one there too.
    /// </summary>
    public async Task SetFollowingAsync(string userId, string threadId, bool following, long lastViewed, bool viewedNow, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.thread_memberships (post_id, user_id, following, last_viewed, last_updated)
            VALUES (@threadId, @userId, @following, @lastViewed, @now)
            ON CONFLICT (post_id, user_id) DO UPDATE SET following = excluded.following, last_updated = excluded.last_updated,
                last_viewed = CASE WHEN @viewedNow THEN excluded.last_viewed ELSE channels.thread_memberships.last_viewed END
            """,
            new { userId, threadId, following, lastViewed, viewedNow, now },
            cancellationToken: cancellationToken));
    }

    /// <summary>Marks the thread read up to <paramref name="timestamp"/> (following it, as Mattermost does).</summary>
    public Task MarkReadAsync(string userId, string threadId, long timestamp, long now, CancellationToken cancellationToken) =>
        SetFollowingAsync(userId, threadId, following: true, timestamp, viewedNow: true, now, cancellationToken);

    /// <summary>Marks every followed thread of the team read at <paramref name="now"/>.</summary>
    public async Task MarkAllReadAsync(string userId, string teamId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE channels.thread_memberships tm SET last_viewed = @now, last_updated = @now
              FROM channels.posts p JOIN channels.channels c ON c.id = p.channel_id
             WHERE p.id = tm.post_id AND tm.user_id = @userId AND tm.following AND {InTeam}
            """,
            new { userId, teamId, now },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// A reply was committed: its author follows and has read up to it, the root's author and the
    /// mentioned users follow (unless they chose otherwise; a mention follows again), and each
    /// mention is recorded.
    /// </summary>
    public async Task RecordReplyAsync(string rootId, string authorId, long createAt, IReadOnlyList<string> mentionedIds, string postId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.thread_memberships (post_id, user_id, following, last_viewed, last_updated)
            SELECT @rootId, p.user_id, true, p.create_at, @now FROM channels.posts p WHERE p.id = @rootId AND p.user_id <> @authorId
            ON CONFLICT (post_id, user_id) DO NOTHING;

            INSERT INTO channels.thread_memberships (post_id, user_id, following, last_viewed, last_updated)
            SELECT @rootId, u, true, 0, @now FROM unnest(@mentionedIds) AS u WHERE u <> @authorId
            ON CONFLICT (post_id, user_id) DO UPDATE SET following = true, last_updated = excluded.last_updated;

            INSERT INTO channels.thread_mentions (root_id, user_id, post_id, create_at)
            SELECT @rootId, u, @postId, @createAt FROM unnest(@mentionedIds) AS u WHERE u <> @authorId
            ON CONFLICT DO NOTHING;

            INSERT INTO channels.thread_memberships (post_id, user_id, following, last_viewed, last_updated)
            VALUES (@rootId, @authorId, true, @createAt, @now)
            ON CONFLICT (post_id, user_id) DO UPDATE SET following = true, last_updated = excluded.last_updated,
                last_viewed = GREATEST(channels.thread_memberships.last_viewed, excluded.last_viewed);
            """,
            new { rootId, authorId, createAt, mentionedIds = mentionedIds.ToArray(), postId, now },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>The filters and cursor of <c>GET .../threads</c>.</summary>
internal sealed record ThreadQuery
{
    public int PageSize { get; init; } = 30;
    public bool Deleted { get; init; }
    public bool Unread { get; init; }
    public long Since { get; init; }
    public string Before { get; init; } = "";
    public string After { get; init; } = "";
    public bool Extended { get; init; }
    public bool TotalsOnly { get; init; }
    public bool ThreadsOnly { get; init; }
}
