using Npgsql;

namespace Suite.Channels.Posts.Writing;

/// <summary>The reply counts of the threads a batch replied to, read in the same transaction.</summary>
internal static class ReplyCounts
{
    private const string Sql =
        """
        SELECT root_id, count(*), max(create_at) FROM channels.posts
         WHERE root_id <> '' AND root_id = ANY(@rootIds) AND delete_at = 0 GROUP BY root_id
        """;

    public static NpgsqlBatchCommand Command(IEnumerable<string> rootIds)
    {
        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", rootIds.ToArray()));
        return command;
    }

    /// <summary>Skips to the reply counts' result (the one starting with <c>root_id</c>) and reads it; empty when the batch had none.</summary>
    public static async Task<Dictionary<string, (long Count, long LastAt)>> ReadAsync(NpgsqlDataReader reader, bool expected, CancellationToken cancellationToken)
    {
        var threads = new Dictionary<string, (long Count, long LastAt)>(StringComparer.Ordinal);
        if (!expected)
        {
            return threads;
        }

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

        return threads;
    }
}
