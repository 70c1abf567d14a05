using Dapper;
using Npgsql;

namespace Suite.Channels.Integrations.IncomingWebhooks;

internal sealed class IncomingWebhookStore(NpgsqlDataSource db)
{
    public async Task<IncomingWebhook?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<IncomingWebhook>(new CommandDefinition(
            $"SELECT {IncomingWebhook.Columns} FROM channels.incoming_webhooks WHERE id = @id AND delete_at = 0", new { id }, cancellationToken: cancellationToken));
    }

    public async Task InsertAsync(IncomingWebhook hook, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.incoming_webhooks (id, create_at, update_at, delete_at, user_id, channel_id, team_id, display_name, description, username, icon_url, channel_locked)
            VALUES (@Id, @CreateAt, @UpdateAt, 0, @UserId, @ChannelId, @TeamId, @DisplayName, @Description, @Username, @IconUrl, @ChannelLocked)
            """,
            hook,
            cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(IncomingWebhook hook, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE channels.incoming_webhooks
               SET update_at = @UpdateAt, channel_id = @ChannelId, display_name = @DisplayName, description = @Description,
                   username = @Username, icon_url = @IconUrl, channel_locked = @ChannelLocked
             WHERE id = @Id AND delete_at = 0
            """,
            hook,
            cancellationToken: cancellationToken));
    }

    public async Task DeleteAsync(string id, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.incoming_webhooks SET delete_at = @now, update_at = @now WHERE id = @id AND delete_at = 0", new { id, now }, cancellationToken: cancellationToken));
    }

    /// <summary>Hooks in <paramref name="teamId"/> (all teams when empty), only <paramref name="userId"/>'s when given, oldest first.</summary>
    public async Task<IReadOnlyList<IncomingWebhook>> ListAsync(string teamId, string? userId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<IncomingWebhook>(new CommandDefinition(
            $"""
            SELECT {IncomingWebhook.Columns} FROM channels.incoming_webhooks
             WHERE delete_at = 0 AND (@teamId = '' OR team_id = @teamId) AND (@userId::text IS NULL OR user_id = @userId)
             ORDER BY create_at, id OFFSET @offset LIMIT @limit
            """,
            new { teamId, userId, offset, limit },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<long> CountAsync(string teamId, string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM channels.incoming_webhooks WHERE delete_at = 0 AND (@teamId = '' OR team_id = @teamId) AND (@userId::text IS NULL OR user_id = @userId)",
            new { teamId, userId },
            cancellationToken: cancellationToken));
    }
}
