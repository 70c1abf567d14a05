using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Suite.Channels.Channels;
using Suite.Channels.Files;
using Suite.Platform.Errors;
using Suite.Platform.Grains;
using Suite.Platform.Identity;

namespace Suite.Channels.Posts;

/// <summary>
/// Writes each channel's batch of posts in one transaction, shared with other channels' batches
/// queued at the same time (one transaction for the whole process at a time): the channel row is locked first
/// (its update hands out strictly increasing <c>create_at</c> values), the posts are inserted,
/// then the channel's counters and its members' unread and mention counters move by what the
/// batch added (<c>total_msg_count = total_msg_count + n</c>), so any number of processes writing
/// to the same channel stay exact.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The group commit holds nothing while idle; disposing it at shutdown would refuse the final batches the channel grains flush when they deactivate.")]
internal sealed class PostBatchCommitter
{
    // Enough to take every channel's batch queued behind one transaction under any realistic load.
    private const int MaxChannelsPerTransaction = 64;

    private readonly NpgsqlDataSource _db;
    private readonly TimeProvider _time;
    private readonly IUserDirectory _users;

    // These statements' custom plans are no better than the generic ones but cost PostgreSQL as
    // much to plan as to run, and it keeps re-planning them (array parameters); this transaction only.
    private const string GenericPlansSql = "SET LOCAL plan_cache_mode = force_generic_plan";

    private const string LockChannelSql =
        """
        UPDATE channels.channels SET last_post_at = GREATEST(last_post_at + 1, @now) + @count - 1
         WHERE id = @channelId AND delete_at = 0
        RETURNING type, team_id, name, display_name, member_version, last_post_at
        """;

    // Post i of a channel's batch (ordinal i from 1, of batch_count) gets create_at =
    // last_post_at - batch_count + i, the channel's last_post_at having just moved by batch_count.
    private static readonly string InsertPostsSql =
        $"""
        INSERT INTO channels.posts (id, channel_id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, create_at, update_at,
                                    search_vector, search_pairs)
        SELECT u.id, c.id, u.user_id, u.root_id, u.message, u.type, u.props::jsonb, u.hashtags, u.file_ids::jsonb, u.pending_post_id,
               c.last_post_at - u.batch_count + u.ord, c.last_post_at - u.batch_count + u.ord, document.vector, pairs.pairs
          FROM unnest(@channelIds, @batchCounts, @ords, @ids, @userIds, @rootIds, @messages, @types, @props, @hashtags, @fileIds, @pendingPostIds, @requireMembership)
               AS u(channel_id, batch_count, ord, id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, require_membership)
          JOIN channels.channels c ON c.id = u.channel_id AND c.delete_at = 0 AND c.id = ANY(@channelIds),
               {PostSearchDocument.Lateral("u.message", "u.hashtags")}
         WHERE NOT u.require_membership
            OR EXISTS (SELECT 1 FROM channels.channel_members m WHERE m.channel_id = c.id AND m.user_id = u.user_id)
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

    // The optimistic transaction: every channel's statements at once. Channels are locked in id
    // order, as every writer locks them, so that writers of overlapping channels never deadlock.
    // Each statement also names its channels as "c.id = ANY(@channelIds)": joined to an unnested
    // array alone, the generic plan reads the whole channels table to hash it.
    private const string LockChannelsInOrderSql =
        "SELECT id FROM channels.channels WHERE id = ANY(@channelIds) ORDER BY id FOR UPDATE";

    // Each channel's lock and counters in one update; post i of its batch (ordinal i from 1) gets
    // create_at = GREATEST(old last_post_at + 1, now) + i - 1.
    private const string LockAndCountSql =
        """
        UPDATE channels.channels c SET
               last_post_at = GREATEST(c.last_post_at + 1, @now) + v.batch_count - 1,
               total_msg_count = c.total_msg_count + v.counted,
               total_msg_count_root = c.total_msg_count_root + v.counted_root,
               last_root_post_at = CASE WHEN v.last_root_ord > 0
                   THEN GREATEST(c.last_root_post_at, GREATEST(c.last_post_at + 1, @now) + v.last_root_ord - 1) ELSE c.last_root_post_at END
          FROM unnest(@channelIds, @batchCounts, @counted, @countedRoot, @lastRootOrds) AS v(id, batch_count, counted, counted_root, last_root_ord)
         WHERE c.id = v.id AND c.delete_at = 0 AND c.id = ANY(@channelIds)
        RETURNING c.id AS channel_id, c.type, c.team_id, c.name, c.display_name, c.member_version
        """;

    private const string MembersByOrdinalSql =
        """
        UPDATE channels.channel_members m SET
            msg_count = CASE WHEN v.viewed THEN c.total_msg_count - v.unread ELSE m.msg_count END,
            msg_count_root = CASE WHEN v.viewed THEN c.total_msg_count_root - v.unread_root ELSE m.msg_count_root END,
            mention_count = CASE WHEN v.viewed THEN v.mentions ELSE m.mention_count + v.mentions END,
            mention_count_root = CASE WHEN v.viewed THEN v.mentions_root ELSE m.mention_count_root + v.mentions_root END,
            last_viewed_at = CASE WHEN v.viewed THEN GREATEST(m.last_viewed_at, c.last_post_at - v.batch_count + v.viewed_ord) ELSE m.last_viewed_at END,
            last_update_at = @now
          FROM unnest(@channelIds, @batchCounts, @memberIds, @viewed, @unread, @unreadRoot, @mentions, @mentionsRoot, @viewedOrds)
               AS v(channel_id, batch_count, user_id, viewed, unread, unread_root, mentions, mentions_root, viewed_ord)
          JOIN channels.channels c ON c.id = v.channel_id AND c.id = ANY(@channelIds)
         WHERE m.channel_id = v.channel_id AND m.user_id = v.user_id
        """;

    private const string TouchRootsByOrdinalSql =
        """
        UPDATE channels.posts p SET update_at = GREATEST(p.update_at, c.last_post_at - v.batch_count + v.ord)
          FROM unnest(@channelIds, @batchCounts, @rootIds, @replyOrds) AS v(channel_id, batch_count, id, ord)
          JOIN channels.channels c ON c.id = v.channel_id AND c.id = ANY(@channelIds)
         WHERE p.id = v.id
        """;

    private readonly GroupCommit<ChannelBatch, ChannelOutcome> _channels;

    public PostBatchCommitter(NpgsqlDataSource db, TimeProvider time, IUserDirectory users)
    {
        _db = db;
        _time = time;
        _users = users;
        _channels = new GroupCommit<ChannelBatch, ChannelOutcome>(CommitChannelsAsync, MaxChannelsPerTransaction);
    }

    /// <summary>
    /// Commits the batch. Batches of different channels queued while a transaction is in flight
    /// (each channel's grain has at most one in flight) share the next transaction. With the
    /// channel and its members known from the previous batch (the usual case), everything goes to
    /// PostgreSQL in one round trip and commits if the members did not change and every post was
    /// new; otherwise that attempt is rolled back and each channel's batch is committed on its
    /// own, step by step when needed, reloading the members under the channel's lock.
    /// </summary>
    public async Task<(IReadOnlyList<PostWriteResult?> Results, ChannelWriteState State)> CommitAsync(
        string channelId, ChannelWriteState state, IReadOnlyList<PostDraft> drafts, CancellationToken cancellationToken)
    {
        var outcome = await _channels.EnqueueAsync(new ChannelBatch(channelId, state, [.. drafts], cancellationToken));
        return outcome.Error is { } error ? throw error : (outcome.Results!, outcome.State!);
    }

    private async Task<IReadOnlyList<ChannelOutcome>> CommitChannelsAsync(IReadOnlyList<ChannelBatch> batches)
    {
        var outcomes = new ChannelOutcome?[batches.Count];
        var known = Enumerable.Range(0, batches.Count)
            .Where(i => batches[i].CanTryInOneTrip)
            .OrderBy(i => batches[i].ChannelId, StringComparer.Ordinal)
            .ToList();
        var distinct = known.Select(i => batches[i].ChannelId).Distinct(StringComparer.Ordinal).Count() == known.Count;
        if (known.Count > 1 && distinct)
        {
            try
            {
                var together = await TryCommitInOneTripAsync(known.Select(i => batches[i]).ToList(), CancellationToken.None);
                if (together is not null)
                {
                    for (var k = 0; k < known.Count; k++)
                    {
                        outcomes[known[k]] = new ChannelOutcome(together[k].Results, together[k].State, null);
                    }
                }
            }
#pragma warning disable CA1031 // A failed shared transaction is retried channel by channel, so that it fails only the channel at fault.
            catch (Exception)
#pragma warning restore CA1031
            {
                // Rolled back: every channel is committed on its own below.
            }
        }

        if (distinct)
        {
            await Task.WhenAll(Enumerable.Range(0, batches.Count).Where(i => outcomes[i] is null).Select(async i => outcomes[i] = await CommitOneAsync(batches[i])));
        }
        else
        {
            for (var i = 0; i < batches.Count; i++)
            {
                outcomes[i] ??= await CommitOneAsync(batches[i]);
            }
        }

        return outcomes!;
    }

    private async Task<ChannelOutcome> CommitOneAsync(ChannelBatch batch)
    {
        try
        {
            var (channelId, state, drafts, cancellationToken) = batch;
            if (batch.CanTryInOneTrip
                && await TryCommitInOneTripAsync([batch], cancellationToken) is [var done])
            {
                return new ChannelOutcome(done.Results, done.State, null);
            }

            var (results, cache) = await CommitStepByStepAsync(channelId, state.Members, drafts, cancellationToken);
            return new ChannelOutcome(results, new ChannelWriteState(cache, results.FirstOrDefault(r => r is not null)?.Channel ?? state.Channel), null);
        }
#pragma warning disable CA1031 // The failure belongs to this channel's posts only; the grain rethrows it to them.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ChannelOutcome(null, null, ex);
        }
    }

    /// <summary>
    /// One transaction, one round trip for the batches of one or more channels (in channel id
    /// order, so that concurrent writers lock channels in the same order); null, rolled back, when
    /// any channel's members changed, the channel is gone or a post was a retried pending id.
    /// </summary>
    private async Task<List<(IReadOnlyList<PostWriteResult?> Results, ChannelWriteState State)>?> TryCommitInOneTripAsync(
        IReadOnlyList<ChannelBatch> channels, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var trips = channels.Select(c => new OneTrip(c.ChannelId, c.State.Channel!, c.State.Members, c.Drafts)).ToList();

        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(GenericPlansSql));
        OneTrip.AddCommands(batch, trips, now);

        var createdAt = new Dictionary<string, long>(StringComparer.Ordinal);
        var threads = new Dictionary<string, (long Count, long LastAt)>(StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await MoveToResultAsync(reader, "channel_id", cancellationToken);
            var byId = trips.ToDictionary(t => t.ChannelId, StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var trip = byId[reader.GetString(0)];
                trip.Snapshot = new ChannelSnapshot(trip.ChannelId, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
                trip.MemberVersion = reader.GetInt64(5);
            }

            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException("The batch has no insert result.");
            }

            await MoveToResultAsync(reader, "id", cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                createdAt[reader.GetString(0)] = reader.GetInt64(1);
            }

            await ReadReplyCountsAsync(reader, trips.Any(t => t.Deltas.Roots.Count > 0), threads, cancellationToken);
        }

        if (trips.Any(t => !t.Succeeded(createdAt)))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        foreach (var trip in trips)
        {
            await FileStore.AttachAsync(connection, transaction, trip.ChannelId, trip.Drafts.Select(d => (d.Id, d.UserId, d.FileIds)), now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return trips.Select(t => t.Results(createdAt, threads)).ToList();
    }

    private async Task<(IReadOnlyList<PostWriteResult?> Results, ChannelMemberCache Cache)> CommitStepByStepAsync(
        string channelId, ChannelMemberCache cache, IReadOnlyList<PostDraft> drafts, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
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

        var replyCounts = new Dictionary<string, (long Count, long LastAt)>();
        if (written.Count == 0)
        {
            // Only retried or refused posts: the channel must not look as if something was posted.
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            replyCounts = await UpdateCountersAsync(connection, transaction, channelId, written, now, cancellationToken);
            await FileStore.AttachAsync(connection, transaction, channelId, written.Select(w => (w.Draft.Id, w.Draft.UserId, w.Draft.FileIds)), now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var results = new PostWriteResult?[drafts.Count];
        var byId = written.ToDictionary(w => w.Draft.Id);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (byId.TryGetValue(drafts[i].Id, out var w))
            {
                var thread = replyCounts.GetValueOrDefault(w.Draft.IsRoot ? w.Draft.Id : w.Draft.RootId);
                results[i] = new PostWriteResult(ToPost(w.Draft, w.CreateAt, thread), true, w.Mentions, snapshot, cache.MemberIds, cache.Usernames);
            }
            else if (drafts[i].RequireMembership && !cache.ById.ContainsKey(drafts[i].UserId))
            {
                // The members were read under the channel's lock, as the insert's own check was.
                results[i] = PostWriteResult.NotAMember(ToPost(drafts[i], 0, default), snapshot);
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

        batch.BatchCommands.Add(InsertCommand([(channelId, drafts)], checkMembership: true));

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

    /// <summary>
    /// The insert of every channel's batch, each channel's posts in batch order. Without
    /// <paramref name="checkMembership"/> the insert does not look up the authors' memberships: the
    /// caller knows them from members it will find unchanged under the channel's lock, or rolls back.
    /// </summary>
    private static NpgsqlBatchCommand InsertCommand(IReadOnlyList<(string ChannelId, IReadOnlyList<PostDraft> Drafts)> channels, bool checkMembership)
    {
        var drafts = channels.SelectMany(c => c.Drafts).ToList();
        var insert = new NpgsqlBatchCommand(InsertPostsSql);
        insert.Parameters.Add(new NpgsqlParameter<string[]>("channelIds", channels.SelectMany(c => c.Drafts.Select(_ => c.ChannelId)).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("batchCounts", channels.SelectMany(c => c.Drafts.Select(_ => c.Drafts.Count)).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("ords", channels.SelectMany(c => c.Drafts.Select((_, i) => i + 1)).ToArray()));
        insert.Parameters.Add(TextArray("ids", drafts, d => d.Id));
        insert.Parameters.Add(TextArray("userIds", drafts, d => d.UserId));
        insert.Parameters.Add(TextArray("rootIds", drafts, d => d.RootId));
        insert.Parameters.Add(TextArray("messages", drafts, d => d.Message));
        insert.Parameters.Add(TextArray("types", drafts, d => d.Type));
        insert.Parameters.Add(TextArray("props", drafts, d => d.Props.ValueKind == JsonValueKind.Object ? d.Props.GetRawText() : "{}"));
        insert.Parameters.Add(TextArray("hashtags", drafts, d => Hashtags.Parse(d.Message)));
        insert.Parameters.Add(TextArray("fileIds", drafts, d => d.FileIds.Count == 0 ? "[]" : JsonSerializer.Serialize(d.FileIds)));
        insert.Parameters.Add(TextArray("pendingPostIds", drafts, d => d.PendingPostId));
        insert.Parameters.Add(new NpgsqlParameter<bool[]>("requireMembership", drafts.Select(d => checkMembership && d.RequireMembership).ToArray()));
        return insert;
    }

    private static NpgsqlBatchCommand MembersCommand(string channelId, long now, BatchDeltas deltas)
    {
        var update = new NpgsqlBatchCommand(MembersSql);
        update.Parameters.Add(new NpgsqlParameter<long>("now", now));
        update.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        AddMemberDeltas(update, deltas.Members.Select(m => (deltas, m.Key, m.Value)).ToList(), "viewedAt");
        return update;
    }

    /// <summary>The members' counter changes as arrays; their view times (absolute or ordinal) under <paramref name="viewedName"/>.</summary>
    private static void AddMemberDeltas(NpgsqlBatchCommand update, List<(BatchDeltas Batch, string UserId, MemberDelta Delta)> members, string viewedName)
    {
        update.Parameters.Add(new NpgsqlParameter<string[]>("memberIds", members.Select(m => m.UserId).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<bool[]>("viewed", members.Select(m => m.Delta.Viewed).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<long[]>("unread", members.Select(m => m.Batch.Counted - m.Delta.CountedAtView).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<long[]>("unreadRoot", members.Select(m => m.Batch.CountedRoot - m.Delta.CountedRootAtView).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<long[]>("mentions", members.Select(m => m.Delta.Mentions).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<long[]>("mentionsRoot", members.Select(m => m.Delta.MentionsRoot).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<long[]>(viewedName, members.Select(m => m.Delta.ViewedAt).ToArray()));
    }

    private static NpgsqlBatchCommand ReplyCountsCommand(IEnumerable<string> rootIds)
    {
        var replyCounts = new NpgsqlBatchCommand(ReplyCountsSql);
        replyCounts.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", rootIds.ToArray()));
        return replyCounts;
    }

    /// <summary>Skips to the reply counts' result (the last one with a <c>root_id</c> column) and reads it.</summary>
    private static async Task ReadReplyCountsAsync(NpgsqlDataReader reader, bool expected, Dictionary<string, (long Count, long LastAt)> threads, CancellationToken cancellationToken)
    {
        if (!expected)
        {
            return;
        }

        while (reader.FieldCount == 0 || reader.GetName(0) != "root_id")
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                return;
            }
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            threads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    private async Task<ChannelMemberCache> LoadMembersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, long version, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<MemberRow>(new CommandDefinition(
            "SELECT user_id, notify_props FROM channels.channel_members WHERE channel_id = @channelId",
            new { channelId },
            transaction,
            cancellationToken: cancellationToken))).AsList();
        var names = (await _users.FindByIdsAsync(rows.Select(r => r.UserId).ToArray(), cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
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
                if (!member.IgnoresChannelMentions && draft.ChannelWideAudience?.Contains(member.UserId) != false)
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
        var deltas = BatchDeltas.From(written);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var counters = new NpgsqlBatchCommand(CountersSql);
        counters.Parameters.Add(new NpgsqlParameter<long>("count", deltas.Counted));
        counters.Parameters.Add(new NpgsqlParameter<long>("rootCount", deltas.CountedRoot));
        counters.Parameters.Add(new NpgsqlParameter<long>("lastRootPostAt", deltas.LastRootAt));
        counters.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        batch.BatchCommands.Add(counters);

        if (deltas.Members.Count > 0)
        {
            batch.BatchCommands.Add(MembersCommand(channelId, now, deltas));
        }

        if (deltas.Roots.Count > 0)
        {
            var touch = new NpgsqlBatchCommand(TouchRootsSql);
            touch.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", deltas.Roots.Keys.ToArray()));
            touch.Parameters.Add(new NpgsqlParameter<long[]>("replyAts", deltas.Roots.Values.ToArray()));
            batch.BatchCommands.Add(touch);
            batch.BatchCommands.Add(ReplyCountsCommand(deltas.Roots.Keys));
        }

        var threads = new Dictionary<string, (long Count, long LastAt)>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await ReadReplyCountsAsync(reader, deltas.Roots.Count > 0, threads, cancellationToken);
        return threads;
    }

    private static NpgsqlParameter<string[]> TextArray(string name, List<PostDraft> drafts, Func<PostDraft, string> value)
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

    private static async Task MoveToResultAsync(NpgsqlDataReader reader, string firstColumn, CancellationToken cancellationToken)
    {
        while (reader.FieldCount == 0 || reader.GetName(0) != firstColumn)
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The batch has no result starting with {firstColumn}.");
            }
        }
    }

    private sealed record ChannelBatch(string ChannelId, ChannelWriteState State, IReadOnlyList<PostDraft> Drafts, CancellationToken CancellationToken)
    {
        /// <summary>
        /// The channel and its members are known from the previous batch and every author who must
        /// be a member is one of them; the one-trip write commits only if those members are unchanged.
        /// </summary>
        public bool CanTryInOneTrip =>
            State.Channel is not null && State.Members.Version >= 0
            && Drafts.All(d => !d.RequireMembership || State.Members.ById.ContainsKey(d.UserId));
    }

    private sealed record ChannelOutcome(IReadOnlyList<PostWriteResult?>? Results, ChannelWriteState? State, Exception? Error);

    /// <summary>One channel's part of a one-round-trip transaction: what it adds, then its results.</summary>
    private sealed class OneTrip
    {
        private readonly ChannelSnapshot _known;
        private readonly ChannelMemberCache _cache;
        private readonly List<(PostDraft Draft, long CreateAt, IReadOnlyList<string> Mentions)> _written;

        public OneTrip(string channelId, ChannelSnapshot known, ChannelMemberCache cache, IReadOnlyList<PostDraft> drafts)
        {
            ChannelId = channelId;
            Drafts = drafts;
            _known = known;
            _cache = cache;
            // Ordinals stand in for create_at until PostgreSQL hands out the times.
            _written = drafts.Select((d, i) => (Draft: d, CreateAt: (long)i + 1, Mentions: Mentions(d, known, cache))).ToList();
            Deltas = BatchDeltas.From(_written);
        }

        public string ChannelId { get; }

        public IReadOnlyList<PostDraft> Drafts { get; }

        public BatchDeltas Deltas { get; }

        public ChannelSnapshot? Snapshot { get; set; }

        public long MemberVersion { get; set; } = -1;

        /// <summary>The statements of every channel's part, in channel id order.</summary>
        public static void AddCommands(NpgsqlBatch batch, IReadOnlyList<OneTrip> trips, long now)
        {
            var channelIds = trips.Select(t => t.ChannelId).ToArray();
            if (trips.Count > 1)
            {
                var lockInOrder = new NpgsqlBatchCommand(LockChannelsInOrderSql);
                lockInOrder.Parameters.Add(new NpgsqlParameter<string[]>("channelIds", channelIds));
                batch.BatchCommands.Add(lockInOrder);
            }

            var lockAndCount = new NpgsqlBatchCommand(LockAndCountSql);
            lockAndCount.Parameters.Add(new NpgsqlParameter<long>("now", now));
            lockAndCount.Parameters.Add(new NpgsqlParameter<string[]>("channelIds", channelIds));
            lockAndCount.Parameters.Add(new NpgsqlParameter<int[]>("batchCounts", trips.Select(t => t.Drafts.Count).ToArray()));
            lockAndCount.Parameters.Add(new NpgsqlParameter<long[]>("counted", trips.Select(t => t.Deltas.Counted).ToArray()));
            lockAndCount.Parameters.Add(new NpgsqlParameter<long[]>("countedRoot", trips.Select(t => t.Deltas.CountedRoot).ToArray()));
            lockAndCount.Parameters.Add(new NpgsqlParameter<long[]>("lastRootOrds", trips.Select(t => t.Deltas.LastRootAt).ToArray()));
            batch.BatchCommands.Add(lockAndCount);
            batch.BatchCommands.Add(InsertCommand(trips.Select(t => (t.ChannelId, t.Drafts)).ToList(), checkMembership: false));

            var members = trips.SelectMany(t => t.Deltas.Members.Select(m => (Trip: t, UserId: m.Key, Delta: m.Value))).ToList();
            if (members.Count > 0)
            {
                var update = new NpgsqlBatchCommand(MembersByOrdinalSql);
                update.Parameters.Add(new NpgsqlParameter<long>("now", now));
                update.Parameters.Add(new NpgsqlParameter<string[]>("channelIds", members.Select(m => m.Trip.ChannelId).ToArray()));
                update.Parameters.Add(new NpgsqlParameter<int[]>("batchCounts", members.Select(m => m.Trip.Drafts.Count).ToArray()));
                AddMemberDeltas(update, members.Select(m => (m.Trip.Deltas, m.UserId, m.Delta)).ToList(), "viewedOrds");
                batch.BatchCommands.Add(update);
            }

            var roots = trips.SelectMany(t => t.Deltas.Roots.Select(r => (Trip: t, RootId: r.Key, Ord: r.Value))).ToList();
            if (roots.Count > 0)
            {
                var touch = new NpgsqlBatchCommand(TouchRootsByOrdinalSql);
                touch.Parameters.Add(new NpgsqlParameter<string[]>("channelIds", roots.Select(r => r.Trip.ChannelId).ToArray()));
                touch.Parameters.Add(new NpgsqlParameter<int[]>("batchCounts", roots.Select(r => r.Trip.Drafts.Count).ToArray()));
                touch.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", roots.Select(r => r.RootId).ToArray()));
                touch.Parameters.Add(new NpgsqlParameter<long[]>("replyOrds", roots.Select(r => r.Ord).ToArray()));
                batch.BatchCommands.Add(touch);
                batch.BatchCommands.Add(ReplyCountsCommand(roots.Select(r => r.RootId)));
            }
        }

        /// <summary>True when the channel was there, its members as cached and every post new.</summary>
        public bool Succeeded(Dictionary<string, long> createdAt) =>
            Snapshot is not null && MemberVersion == _cache.Version && Drafts.All(d => createdAt.ContainsKey(d.Id));

        public (IReadOnlyList<PostWriteResult?> Results, ChannelWriteState State) Results(
            Dictionary<string, long> createdAt, Dictionary<string, (long Count, long LastAt)> threads)
        {
            var results = new PostWriteResult?[Drafts.Count];
            for (var i = 0; i < Drafts.Count; i++)
            {
                var (draft, _, mentions) = _written[i];
                var thread = threads.GetValueOrDefault(draft.IsRoot ? draft.Id : draft.RootId);
                results[i] = new PostWriteResult(ToPost(draft, createdAt[draft.Id], thread), true, mentions, Snapshot!, _cache.MemberIds, _cache.Usernames);
            }

            return (results, new ChannelWriteState(_cache, Snapshot ?? _known));
        }
    }

    private sealed class MemberRow
    {
        public string UserId { get; init; } = "";
        public Dictionary<string, string> NotifyProps { get; init; } = [];
    }

    /// <summary>
    /// What a batch adds to the channel's and members' counters. Times are the posts' create_at, or
    /// their ordinals in the batch when PostgreSQL has not handed out the times yet.
    /// </summary>
    private sealed class BatchDeltas
    {
        public long Counted { get; private set; }
        public long CountedRoot { get; private set; }
        public long LastRootAt { get; private set; }
        public Dictionary<string, MemberDelta> Members { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, long> Roots { get; } = new(StringComparer.Ordinal);

        public static BatchDeltas From(IEnumerable<(PostDraft Draft, long CreateAt, IReadOnlyList<string> Mentions)> written)
        {
            var deltas = new BatchDeltas();
            foreach (var (draft, createAt, mentions) in written)
            {
                if (draft.CountsAsMessage)
                {
                    deltas.Counted++;
                    deltas.CountedRoot += draft.IsRoot ? 1 : 0;
                }

                if (draft.IsRoot)
                {
                    deltas.LastRootAt = createAt;
                }
                else
                {
                    deltas.Roots[draft.RootId] = createAt;
                }

                foreach (var userId in mentions)
                {
                    var delta = deltas.Member(userId);
                    delta.Mentions++;
                    delta.MentionsRoot += draft.IsRoot ? 1 : 0;
                }

                if (draft.MarkAuthorRead)
                {
                    var author = deltas.Member(draft.UserId);
                    author.Viewed = true;
                    author.CountedAtView = deltas.Counted;
                    author.CountedRootAtView = deltas.CountedRoot;
                    author.ViewedAt = createAt;
                    author.Mentions = 0;
                    author.MentionsRoot = 0;
                }
            }

            return deltas;
        }

        private MemberDelta Member(string userId)
        {
            if (!Members.TryGetValue(userId, out var delta))
            {
                delta = new MemberDelta();
                Members[userId] = delta;
            }

            return delta;
        }
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
