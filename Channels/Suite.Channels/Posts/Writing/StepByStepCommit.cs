using Npgsql;
using Suite.Channels.Files;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// A batch written in two round trips, for when the one-trip write cannot be used or was rolled
/// back: the channel row is locked and the posts inserted (authors who must be members checked by
/// the insert itself), then the members are reloaded if they changed and the counters move by what
/// was actually inserted. Retried pending ids and refused authors are answered as such.
/// </summary>
internal static class StepByStepCommit
{
    private const string LockChannelSql =
        """
        UPDATE channels.channels SET last_post_at = GREATEST(last_post_at + 1, @now) + @batchCount - 1
         WHERE id = @channelId AND delete_at = 0
        RETURNING type, team_id, name, display_name, member_version
        """;

    private const string CountersSql =
        """
        UPDATE channels.channels
           SET total_msg_count = total_msg_count + @counted, total_msg_count_root = total_msg_count_root + @countedRoot,
               last_root_post_at = CASE WHEN @lastRootOrd > 0
                   THEN GREATEST(last_root_post_at, last_post_at - @batchCount + @lastRootOrd) ELSE last_root_post_at END
         WHERE id = @channelId
        """;

    public static async Task<(IReadOnlyList<PostWriteOutcome> Outcomes, ChannelWriteState State)> CommitAsync(
        NpgsqlDataSource db, ChannelMembersLoader loader, string channelId, ChannelWriteState state, IReadOnlyList<PostDraft> drafts, long now,
        CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (snapshot, memberVersion, createdAt) = await LockAndInsertAsync(connection, transaction, channelId, drafts, now, cancellationToken);
        if (snapshot is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (drafts.Select(_ => PostWriteOutcome.ChannelArchived).ToList(), ChannelWriteState.Initial);
        }

        var members = state.Members.Version == memberVersion
            ? state.Members
            : await loader.LoadAsync(connection, transaction, channelId, memberVersion, cancellationToken);
        var written = drafts
            .Select((d, i) => (Draft: d, Ordinal: i + 1))
            .Where(d => createdAt.ContainsKey(d.Draft.Id))
            .Select(d => new WrittenPost(d.Draft, d.Ordinal, PostMentions.Of(d.Draft, snapshot, members)))
            .ToList();

        var threads = new Dictionary<string, (long Count, long LastAt)>();
        if (written.Count == 0)
        {
            // Only retried or refused posts: the channel must not look as if something was posted.
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            threads = await UpdateCountersAsync(connection, transaction, channelId, drafts.Count, BatchDeltas.From(written), now, cancellationToken);
            await FileStore.AttachAsync(connection, transaction, channelId, written.Select(w => (w.Draft.Id, w.Draft.UserId, w.Draft.FileIds)), now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var byId = written.ToDictionary(w => w.Draft.Id, StringComparer.Ordinal);
        var outcomes = drafts.Select(draft =>
            byId.TryGetValue(draft.Id, out var w)
                ? ChannelSnapshots.Written(w, createdAt[draft.Id], threads.GetValueOrDefault(draft.IsRoot ? draft.Id : draft.RootId), snapshot, members)
                // The members were read under the channel's lock, as the insert's own check was.
                : draft.RequireMembership && !members.ById.ContainsKey(draft.UserId)
                    ? PostWriteOutcome.AuthorNotMember
                    : PostWriteOutcome.AlreadyWritten).ToList();
        return (outcomes, new ChannelWriteState(members, snapshot));
    }

    private static async Task<(ChannelSnapshot? Snapshot, long MemberVersion, Dictionary<string, long> CreatedAt)> LockAndInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, IReadOnlyList<PostDraft> drafts, long now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var lockChannel = new NpgsqlBatchCommand(LockChannelSql);
        lockChannel.Parameters.Add(new NpgsqlParameter<long>("now", now));
        lockChannel.Parameters.Add(new NpgsqlParameter<int>("batchCount", drafts.Count));
        lockChannel.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        batch.BatchCommands.Add(lockChannel);
        batch.BatchCommands.Add(PostInsert.Command(channelId, drafts, checkMembership: true));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        ChannelSnapshot? snapshot = null;
        long memberVersion = 0;
        if (await reader.ReadAsync(cancellationToken))
        {
            snapshot = new ChannelSnapshot(channelId, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            memberVersion = reader.GetInt64(4);
        }

        await reader.NextResultAsync(cancellationToken);
        return (snapshot, memberVersion, await PostInsert.ReadAsync(reader, cancellationToken));
    }

    private static async Task<Dictionary<string, (long Count, long LastAt)>> UpdateCountersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, int batchCount, BatchDeltas deltas, long now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var counters = new NpgsqlBatchCommand(CountersSql);
        counters.Parameters.Add(new NpgsqlParameter<long>("counted", deltas.Counted));
        counters.Parameters.Add(new NpgsqlParameter<long>("countedRoot", deltas.CountedRoot));
        counters.Parameters.Add(new NpgsqlParameter<long>("lastRootOrd", deltas.LastRootOrdinal));
        counters.Parameters.Add(new NpgsqlParameter<int>("batchCount", batchCount));
        counters.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        batch.BatchCommands.Add(counters);
        CounterCommands.Add(batch, channelId, batchCount, deltas, now);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReplyCounts.ReadAsync(reader, deltas.Roots.Count > 0, cancellationToken);
    }
}
