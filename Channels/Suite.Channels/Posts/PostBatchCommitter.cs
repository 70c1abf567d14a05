using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Suite.Channels.Channels;
using Suite.Channels.Files;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Channels.Posts;

/// <summary>
/// Writes a batch of posts into one channel in one transaction: the channel row is locked first
/// (its update hands out strictly increasing <c>create_at</c> values), the posts are inserted,
/// then the channel's counters and its members' unread and mention counters move by what the
/// batch added (<c>total_msg_count = total_msg_count + n</c>), so any number of processes writing
/// to the same channel stay exact.
/// </summary>
internal sealed class PostBatchCommitter(NpgsqlDataSource db, TimeProvider time, IUserDirectory users)
{
    private const string LockChannelSql =
        """
        UPDATE channels.channels SET last_post_at = GREATEST(last_post_at + 1, @now) + @count - 1
         WHERE id = @channelId AND delete_at = 0
        RETURNING type, team_id, name, display_name, member_version, last_post_at
        """;

    private const string InsertPostsSql =
        """
        INSERT INTO channels.posts (id, channel_id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, create_at, update_at)
        SELECT u.id, c.id, u.user_id, u.root_id, u.message, u.type, u.props::jsonb, u.hashtags, u.file_ids::jsonb, u.pending_post_id,
               c.last_post_at - @count + u.ord, c.last_post_at - @count + u.ord
          FROM channels.channels c,
               unnest(@ids, @userIds, @rootIds, @messages, @types, @props, @hashtags, @fileIds, @pendingPostIds)
               WITH ORDINALITY AS u(id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, ord)
         WHERE c.id = @channelId AND c.delete_at = 0
        ON CONFLICT (user_id, pending_post_id) WHERE pending_post_id <> '' DO NOTHING
        RETURNING id, create_at
        """;

    private const string CountersSql =
        """
        UPDATE channels.channels
           SET total_msg_count = total_msg_count + @count, total_msg_count_root = total_msg_count_root + @rootCount,
               last_root_post_at = GREATEST(last_root_post_at, @lastRootPostAt)
         WHERE id = @channelId
        """;

    // Authors who read the channel by posting get absolute counters (everything up to their last
    // post read); everyone else's mention counters grow by what the batch added.
    private const string MembersSql =
        """
        UPDATE channels.channel_members m SET
            msg_count = CASE WHEN v.viewed THEN c.total_msg_count - v.unread ELSE m.msg_count END,
            msg_count_root = CASE WHEN v.viewed THEN c.total_msg_count_root - v.unread_root ELSE m.msg_count_root END,
            mention_count = CASE WHEN v.viewed THEN v.mentions ELSE m.mention_count + v.mentions END,
            mention_count_root = CASE WHEN v.viewed THEN v.mentions_root ELSE m.mention_count_root + v.mentions_root END,
            last_viewed_at = CASE WHEN v.viewed THEN GREATEST(m.last_viewed_at, v.viewed_at) ELSE m.last_viewed_at END,
            last_update_at = @now
          FROM channels.channels c,
               unnest(@memberIds, @viewed, @unread, @unreadRoot, @mentions, @mentionsRoot, @viewedAt)
               AS v(user_id, viewed, unread, unread_root, mentions, mentions_root, viewed_at)
         WHERE c.id = @channelId AND m.channel_id = @channelId AND m.user_id = v.user_id
        """;

    private const string TouchRootsSql =
        """
        UPDATE channels.posts p SET update_at = GREATEST(p.update_at, v.at)
          FROM unnest(@rootIds, @replyAts) AS v(id, at) WHERE p.id = v.id
        """;

    private const string ReplyCountsSql =
        """
        SELECT root_id, count(*), max(create_at) FROM channels.posts
         WHERE root_id <> '' AND root_id = ANY(@rootIds) AND delete_at = 0 GROUP BY root_id
        """;

    public async Task<(IReadOnlyList<PostWriteResult?> Results, ChannelMemberCache Cache)> CommitAsync(
        string channelId, ChannelMemberCache cache, IReadOnlyList<PostDraft> drafts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var (snapshot, memberVersion, createdAt) = await LockAndInsertAsync(connection, transaction, channelId, drafts, now, cancellationToken);
        if (snapshot is null)
        {
            throw new AppErrorException(403, "api.post.create_post.can_not_post_to_deleted.error", "Can not post to a deleted or archived channel.");
        }

        if (cache.Version != memberVersion)
        {
            cache = await LoadMembersAsync(connection, transaction, channelId, memberVersion, cancellationToken);
        }

        var written = new List<(PostDraft Draft, long CreateAt, IReadOnlyList<string> Mentions)>(createdAt.Count);
        foreach (var draft in drafts)
        {
            if (createdAt.TryGetValue(draft.Id, out var at))
            {
                written.Add((draft, at, Mentions(draft, snapshot, cache)));
            }
        }

        var replyCounts = written.Count == 0
            ? new Dictionary<string, (long Count, long LastAt)>()
            : await UpdateCountersAsync(connection, transaction, channelId, written, now, cancellationToken);
        await FileStore.AttachAsync(connection, transaction, channelId, written.Select(w => (w.Draft.Id, w.Draft.UserId, w.Draft.FileIds)), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var results = new PostWriteResult?[drafts.Count];
        var byId = written.ToDictionary(w => w.Draft.Id);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (byId.TryGetValue(drafts[i].Id, out var w))
            {
                var thread = replyCounts.GetValueOrDefault(w.Draft.IsRoot ? w.Draft.Id : w.Draft.RootId);
                results[i] = new PostWriteResult(ToPost(w.Draft, w.CreateAt, thread), true, w.Mentions, snapshot, cache.MemberIds, cache.Usernames);
            }
        }

        return (results, cache);
    }

    private static async Task<(ChannelSnapshot? Snapshot, long MemberVersion, Dictionary<string, long> CreatedAt)> LockAndInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, IReadOnlyList<PostDraft> drafts, long now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var lockChannel = new NpgsqlBatchCommand(LockChannelSql);
        lockChannel.Parameters.Add(new NpgsqlParameter<long>("now", now));
        lockChannel.Parameters.Add(new NpgsqlParameter<int>("count", drafts.Count));
        lockChannel.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        batch.BatchCommands.Add(lockChannel);

        var insert = new NpgsqlBatchCommand(InsertPostsSql);
        insert.Parameters.Add(new NpgsqlParameter<int>("count", drafts.Count));
        insert.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        insert.Parameters.Add(TextArray("ids", drafts, d => d.Id));
        insert.Parameters.Add(TextArray("userIds", drafts, d => d.UserId));
        insert.Parameters.Add(TextArray("rootIds", drafts, d => d.RootId));
        insert.Parameters.Add(TextArray("messages", drafts, d => d.Message));
        insert.Parameters.Add(TextArray("types", drafts, d => d.Type));
        insert.Parameters.Add(TextArray("props", drafts, d => d.Props.ValueKind == JsonValueKind.Object ? d.Props.GetRawText() : "{}"));
        insert.Parameters.Add(TextArray("hashtags", drafts, d => Hashtags.Parse(d.Message)));
        insert.Parameters.Add(TextArray("fileIds", drafts, d => JsonSerializer.Serialize(d.FileIds)));
        insert.Parameters.Add(TextArray("pendingPostIds", drafts, d => d.PendingPostId));
        batch.BatchCommands.Add(insert);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        ChannelSnapshot? snapshot = null;
        long memberVersion = 0;
        if (await reader.ReadAsync(cancellationToken))
        {
            snapshot = new ChannelSnapshot(channelId, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            memberVersion = reader.GetInt64(4);
        }

        await reader.NextResultAsync(cancellationToken);
        var createdAt = new Dictionary<string, long>(drafts.Count, StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            createdAt[reader.GetString(0)] = reader.GetInt64(1);
        }

        return (snapshot, memberVersion, createdAt);
    }

    private async Task<ChannelMemberCache> LoadMembersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, long version, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<MemberRow>(new CommandDefinition(
            "SELECT user_id, notify_props FROM channels.channel_members WHERE channel_id = @channelId",
            new { channelId },
            transaction,
            cancellationToken: cancellationToken))).AsList();
        var names = (await users.FindByIdsAsync(rows.Select(r => r.UserId).ToArray(), cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
        return new ChannelMemberCache(version, rows.Select(r => CachedMember.From(r.UserId, names.GetValueOrDefault(r.UserId, ""), r.NotifyProps)).ToList());
    }

    /// <summary>Mattermost's mention rules for one post; the author is never mentioned unless the post came from a webhook.</summary>
    internal static IReadOnlyList<string> Mentions(PostDraft draft, ChannelSnapshot channel, ChannelMemberCache cache)
    {
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        if (channel.Type == ChannelTypes.Direct)
        {
            var separator = channel.Name.IndexOf("__", StringComparison.Ordinal);
            foreach (var id in separator < 0 ? [channel.Name] : new[] { channel.Name[..separator], channel.Name[(separator + 2)..] })
            {
                if ((id != draft.UserId || draft.FromWebhook) && cache.ById.ContainsKey(id))
                {
                    mentioned.Add(id);
                }
            }

            return mentioned.ToList();
        }

        var parsed = MentionParser.Parse(draft.Message, cache.IdByUsername.ContainsKey);
        foreach (var username in parsed.Usernames)
        {
            mentioned.Add(cache.IdByUsername[username]);
        }

        if (parsed.ChannelWide && draft.Type is not (PostTypes.HeaderChange or PostTypes.PurposeChange))
        {
            foreach (var member in cache.ById.Values)
            {
                if (!member.IgnoresChannelMentions)
                {
                    mentioned.Add(member.UserId);
                }
            }
        }

        if (channel.Type == ChannelTypes.Group)
        {
            mentioned.UnionWith(cache.MemberIds);
        }

        if (draft.ImplicitMentionUserId is { } implicitId && cache.ById.ContainsKey(implicitId))
        {
            mentioned.Add(implicitId);
        }

        if (!draft.FromWebhook)
        {
            mentioned.Remove(draft.UserId);
        }

        return mentioned.ToList();
    }

    private static async Task<Dictionary<string, (long Count, long LastAt)>> UpdateCountersAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string channelId,
        List<(PostDraft Draft, long CreateAt, IReadOnlyList<string> Mentions)> written,
        long now,
        CancellationToken cancellationToken)
    {
        long counted = 0, countedRoot = 0, lastRootPostAt = 0;
        var members = new Dictionary<string, MemberDelta>(StringComparer.Ordinal);
        var roots = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (draft, createAt, mentions) in written)
        {
            if (draft.CountsAsMessage)
            {
                counted++;
                countedRoot += draft.IsRoot ? 1 : 0;
            }

            if (draft.IsRoot)
            {
                lastRootPostAt = createAt;
            }
            else
            {
                roots[draft.RootId] = createAt;
            }

            foreach (var userId in mentions)
            {
                var delta = Delta(members, userId);
                delta.Mentions++;
                delta.MentionsRoot += draft.IsRoot ? 1 : 0;
            }

            if (draft.MarkAuthorRead)
            {
                var author = Delta(members, draft.UserId);
                author.Viewed = true;
                author.CountedAtView = counted;
                author.CountedRootAtView = countedRoot;
                author.ViewedAt = createAt;
                author.Mentions = 0;
                author.MentionsRoot = 0;
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var counters = new NpgsqlBatchCommand(CountersSql);
        counters.Parameters.Add(new NpgsqlParameter<long>("count", counted));
        counters.Parameters.Add(new NpgsqlParameter<long>("rootCount", countedRoot));
        counters.Parameters.Add(new NpgsqlParameter<long>("lastRootPostAt", lastRootPostAt));
        counters.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        batch.BatchCommands.Add(counters);

        if (members.Count > 0)
        {
            var deltas = members.ToList();
            var update = new NpgsqlBatchCommand(MembersSql);
            update.Parameters.Add(new NpgsqlParameter<long>("now", now));
            update.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
            update.Parameters.Add(new NpgsqlParameter<string[]>("memberIds", deltas.Select(d => d.Key).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<bool[]>("viewed", deltas.Select(d => d.Value.Viewed).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("unread", deltas.Select(d => counted - d.Value.CountedAtView).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("unreadRoot", deltas.Select(d => countedRoot - d.Value.CountedRootAtView).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("mentions", deltas.Select(d => d.Value.Mentions).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("mentionsRoot", deltas.Select(d => d.Value.MentionsRoot).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("viewedAt", deltas.Select(d => d.Value.ViewedAt).ToArray()));
            batch.BatchCommands.Add(update);
        }

        if (roots.Count > 0)
        {
            var touch = new NpgsqlBatchCommand(TouchRootsSql);
            touch.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", roots.Keys.ToArray()));
            touch.Parameters.Add(new NpgsqlParameter<long[]>("replyAts", roots.Values.ToArray()));
            batch.BatchCommands.Add(touch);

            var replyCounts = new NpgsqlBatchCommand(ReplyCountsSql);
            replyCounts.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", roots.Keys.ToArray()));
            batch.BatchCommands.Add(replyCounts);
        }

        var threads = new Dictionary<string, (long Count, long LastAt)>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (roots.Count > 0)
        {
            while (reader.FieldCount == 0 || reader.GetName(0) != "root_id")
            {
                if (!await reader.NextResultAsync(cancellationToken))
                {
                    return threads;
                }
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                threads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        return threads;
    }

    private static MemberDelta Delta(Dictionary<string, MemberDelta> members, string userId)
    {
        if (!members.TryGetValue(userId, out var delta))
        {
            delta = new MemberDelta();
            members[userId] = delta;
        }

        return delta;
    }

    private static NpgsqlParameter<string[]> TextArray(string name, IReadOnlyList<PostDraft> drafts, Func<PostDraft, string> value)
    {
        var values = new string[drafts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(drafts[i]);
        }

        return new NpgsqlParameter<string[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values };
    }

    private static Post ToPost(PostDraft draft, long createAt, (long Count, long LastAt) thread) => new()
    {
        Id = draft.Id,
        CreateAt = createAt,
        UpdateAt = createAt,
        UserId = draft.UserId,
        ChannelId = draft.ChannelId,
        RootId = draft.RootId,
        Message = draft.Message,
        Type = draft.Type,
        Props = draft.Props.ValueKind == JsonValueKind.Object ? draft.Props : PostProps.Empty,
        Hashtags = Hashtags.Parse(draft.Message),
        PendingPostId = draft.PendingPostId,
        FileIds = [.. draft.FileIds],
        ReplyCount = thread.Count,
        LastReplyAt = thread.LastAt,
    };

    private sealed class MemberRow
    {
        public string UserId { get; init; } = "";
        public Dictionary<string, string> NotifyProps { get; init; } = [];
    }

    private sealed class MemberDelta
    {
        public bool Viewed { get; set; }
        public long CountedAtView { get; set; }
        public long CountedRootAtView { get; set; }
        public long Mentions { get; set; }
        public long MentionsRoot { get; set; }
        public long ViewedAt { get; set; }
    }
}
