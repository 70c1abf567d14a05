using Npgsql;
using Suite.Channels.Files;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// A batch in one round trip, for a channel and members known from the previous batch: the channel
/// row is locked and its counters moved by what the batch adds, the posts inserted without a
/// membership lookup, the members' counters moved, all at once. Committed only if the channel is
/// there, its members are the ones the mentions were computed from and every post was new;
/// otherwise rolled back (null), and the caller writes the batch step by step.
/// </summary>
internal static class OneTripCommit
{
    // These statements' custom plans are no better than the generic ones but cost PostgreSQL as
    // much to plan as to run, and it keeps re-planning them (array parameters); this transaction only.
    private const string GenericPlansSql = "SET LOCAL plan_cache_mode = force_generic_plan";

    // Post i of the batch (ordinal i from 1) gets create_at = GREATEST(old last_post_at + 1, now) + i - 1.
    private const string LockAndCountSql =
        """
        UPDATE channels.channels c SET
               last_post_at = GREATEST(c.last_post_at + 1, @now) + @batchCount - 1,
               total_msg_count = c.total_msg_count + @counted,
               total_msg_count_root = c.total_msg_count_root + @countedRoot,
               last_root_post_at = CASE WHEN @lastRootOrd > 0
                   THEN GREATEST(c.last_root_post_at, GREATEST(c.last_post_at + 1, @now) + @lastRootOrd - 1) ELSE c.last_root_post_at END
         WHERE c.id = @channelId AND c.delete_at = 0
        RETURNING c.type, c.team_id, c.name, c.display_name, c.member_version
        """;

    public static async Task<IReadOnlyList<PostWriteOutcome>?> TryAsync(
        NpgsqlDataSource db, string channelId, ChannelSnapshot known, ChannelMemberCache members, IReadOnlyList<PostDraft> drafts, long now,
        CancellationToken cancellationToken)
    {
        var written = drafts.Select((d, i) => new WrittenPost(d, i + 1, PostMentions.Of(d, known, members))).ToList();
        var deltas = BatchDeltas.From(written);

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(GenericPlansSql));
        var lockAndCount = new NpgsqlBatchCommand(LockAndCountSql);
        lockAndCount.Parameters.Add(new NpgsqlParameter<long>("now", now));
        lockAndCount.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        lockAndCount.Parameters.Add(new NpgsqlParameter<int>("batchCount", drafts.Count));
        lockAndCount.Parameters.Add(new NpgsqlParameter<long>("counted", deltas.Counted));
        lockAndCount.Parameters.Add(new NpgsqlParameter<long>("countedRoot", deltas.CountedRoot));
        lockAndCount.Parameters.Add(new NpgsqlParameter<long>("lastRootOrd", deltas.LastRootOrdinal));
        batch.BatchCommands.Add(lockAndCount);
        batch.BatchCommands.Add(PostInsert.Command(channelId, drafts, checkMembership: false));
        CounterCommands.Add(batch, channelId, drafts.Count, deltas, now);

        ChannelSnapshot? snapshot = null;
        long memberVersion = -1;
        Dictionary<string, long> createdAt;
        Dictionary<string, (long Count, long LastAt)> threads;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await BatchResults.MoveToAsync(reader, "type", cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                snapshot = new ChannelSnapshot(channelId, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
                memberVersion = reader.GetInt64(4);
            }

            await reader.NextResultAsync(cancellationToken);
            await BatchResults.MoveToAsync(reader, "id", cancellationToken);
            createdAt = await PostInsert.ReadAsync(reader, cancellationToken);
            threads = await ReplyCounts.ReadAsync(reader, deltas.Roots.Count > 0, cancellationToken);
        }

        if (snapshot is null || memberVersion != members.Version || drafts.Any(d => !createdAt.ContainsKey(d.Id)))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await FileStore.AttachAsync(connection, transaction, channelId, drafts.Select(d => (d.Id, d.UserId, d.FileIds)), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written
            .Select(w => ChannelSnapshots.Written(w, createdAt[w.Draft.Id], threads.GetValueOrDefault(w.Draft.IsRoot ? w.Draft.Id : w.Draft.RootId), snapshot, members))
            .ToList();
    }
}
