using Dapper;
using Npgsql;
using Suite.Platform.Realtime;

namespace Suite.Platform.Presence;

/// <summary>The SQL of <c>platform.statuses</c> and of the connection bookkeeping behind automatic offline.</summary>
internal sealed class StatusStore(NpgsqlDataSource db, ClusterBus bus)
{
    // This process's own connections always count: it knows it is alive, whatever its last heartbeat says.
    private const string LiveConnectionExists = """
        EXISTS (SELECT 1 FROM platform.presence_connections c
                  JOIN platform.presence_processes p ON p.process_id = c.process_id
                 WHERE c.user_id = @userId AND (p.heartbeat_at >= @liveAfter OR p.process_id = @self))
        """;

    /// <summary>Statuses of existing users; users without a row are offline.</summary>
    public async Task<IReadOnlyList<UserStatus>> GetAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserStatus>(new CommandDefinition(
            """
            SELECT u.id AS userid, COALESCE(s.status, 'offline') AS status, COALESCE(s.manual, false) AS manual,
                   COALESCE(s.last_activity_at, 0) AS lastactivityat, COALESCE(s.dnd_end_time, 0) AS dndendtime
              FROM platform.users u LEFT JOIN platform.statuses s ON s.user_id = u.id
             WHERE u.id = ANY(@ids)
            """,
            new { ids = userIds.ToArray() },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the user's status under its row lock and returns the
    /// status before and after; null for an unknown user. <paramref name="change"/> gets whether the
    /// user has a live WebSocket connection in any process when <paramref name="liveAfter"/> is given.
    /// </summary>
    public async Task<(StoredStatus Before, StoredStatus After)?> ChangeAsync(
        string userId, Func<StoredStatus, bool, StoredStatus> change, long? liveAfter, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.statuses (user_id, status)
            SELECT id, 'offline' FROM platform.users WHERE id = @userId
            ON CONFLICT (user_id) DO NOTHING
            """,
            new { userId },
            transaction,
            cancellationToken: cancellationToken));
        var before = await connection.QuerySingleOrDefaultAsync<StoredStatus>(new CommandDefinition(
            $"SELECT {StoredStatus.Columns} FROM platform.statuses WHERE user_id = @userId FOR UPDATE",
            new { userId },
            transaction,
            cancellationToken: cancellationToken));
        if (before is null)
        {
            return null;
        }

        var live = liveAfter is { } after && await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"SELECT {LiveConnectionExists}", new { userId, liveAfter = after, self = bus.ProcessId }, transaction, cancellationToken: cancellationToken));
        var changed = change(before, live);
        if (changed != before)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE platform.statuses SET status = @Status, manual = @Manual, last_activity_at = @LastActivityAt,
                       dnd_end_time = @DndEndTime, prev_status = @PrevStatus
                 WHERE user_id = @UserId
                """,
                changed,
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return (before, changed);
    }

    public async Task AddConnectionAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO platform.presence_connections (user_id, process_id) VALUES (@userId, @processId) ON CONFLICT DO NOTHING",
            new { userId, processId = bus.ProcessId },
            cancellationToken: cancellationToken));
    }

    public async Task RemoveConnectionAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM platform.presence_connections WHERE user_id = @userId AND process_id = @processId",
            new { userId, processId = bus.ProcessId },
            cancellationToken: cancellationToken));
    }

    /// <summary>Marks the process alive, restores its connection rows (a peer may have taken it for dead) and forgets dead processes.</summary>
    public async Task HeartbeatAsync(IReadOnlyCollection<string> connectedUserIds, long nowMs, long deadBefore, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.presence_processes (process_id, heartbeat_at) VALUES (@processId, @nowMs)
            ON CONFLICT (process_id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at;
            INSERT INTO platform.presence_connections (user_id, process_id)
            SELECT unnest(@users::text[]), @processId ON CONFLICT DO NOTHING;
            DELETE FROM platform.presence_processes WHERE heartbeat_at < @deadBefore AND process_id <> @processId;
            DELETE FROM platform.presence_connections c
             WHERE NOT EXISTS (SELECT 1 FROM platform.presence_processes p WHERE p.process_id = c.process_id);
            """,
            new { processId = bus.ProcessId, nowMs, deadBefore, users = connectedUserIds.ToArray() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Removes the process and its connections; returns the users it had connected.</summary>
    public async Task<IReadOnlyList<string>> RemoveProcessAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var users = await connection.QueryAsync<string>(new CommandDefinition(
            """
            DELETE FROM platform.presence_processes WHERE process_id = @processId;
            DELETE FROM platform.presence_connections WHERE process_id = @processId RETURNING user_id;
            """,
            new { processId = bus.ProcessId },
            cancellationToken: cancellationToken));
        return users.AsList();
    }

    /// <summary>Automatically online users whose last activity is before <paramref name="inactiveBefore"/>.</summary>
    public Task<IReadOnlyList<string>> FindInactiveAsync(long inactiveBefore, CancellationToken cancellationToken) =>
        QueryIdsAsync(
            "SELECT user_id FROM platform.statuses WHERE status = 'online' AND NOT manual AND last_activity_at < @inactiveBefore",
            new { inactiveBefore },
            cancellationToken);

    /// <summary>Users whose Do Not Disturb has ended.</summary>
    public Task<IReadOnlyList<string>> FindEndedDoNotDisturbAsync(long nowSeconds, CancellationToken cancellationToken) =>
        QueryIdsAsync(
            "SELECT user_id FROM platform.statuses WHERE dnd_end_time > 0 AND dnd_end_time <= @nowSeconds AND status = 'dnd'",
            new { nowSeconds },
            cancellationToken);

    /// <summary>Automatically online or away users with no live connection anywhere (their process died).</summary>
    public Task<IReadOnlyList<string>> FindDisconnectedAsync(long liveAfter, CancellationToken cancellationToken) =>
        QueryIdsAsync(
            """
            SELECT s.user_id FROM platform.statuses s
             WHERE s.status IN ('online', 'away') AND NOT s.manual
               AND NOT EXISTS (SELECT 1 FROM platform.presence_connections c
                                 JOIN platform.presence_processes p ON p.process_id = c.process_id
                                WHERE c.user_id = s.user_id AND (p.heartbeat_at >= @liveAfter OR p.process_id = @self))
            """,
            new { liveAfter, self = bus.ProcessId },
            cancellationToken);

    /// <summary>Everyone who may see the user's status through a team: the active members of its active teams.</summary>
    /// <summary>The user's teammates, at most <paramref name="limit"/> plus one (so that a caller can tell there are more).</summary>
    public async Task<IReadOnlyList<string>> FindTeammatesAsync(string userId, int limit, CancellationToken cancellationToken) =>
        await QueryIdsAsync(
            """
            SELECT DISTINCT other.user_id
              FROM platform.team_members mine
              JOIN platform.teams t ON t.id = mine.team_id AND t.delete_at = 0
              JOIN platform.team_members other ON other.team_id = mine.team_id AND other.delete_at = 0 AND other.user_id <> mine.user_id
             WHERE mine.user_id = @userId AND mine.delete_at = 0
             LIMIT @limit + 1
            """,
            new { userId, limit },
            cancellationToken);

    private async Task<IReadOnlyList<string>> QueryIdsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return ids.AsList();
    }
}
