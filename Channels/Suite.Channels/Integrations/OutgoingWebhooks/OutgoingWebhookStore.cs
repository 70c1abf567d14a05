using Dapper;
using Npgsql;

namespace Suite.Channels.Integrations.OutgoingWebhooks;

internal sealed class OutgoingWebhookStore(NpgsqlDataSource db)
{
    public async Task<OutgoingWebhook?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OutgoingWebhook>(new CommandDefinition(
            $"SELECT {OutgoingWebhook.Columns} FROM channels.outgoing_webhooks WHERE id = @id AND delete_at = 0", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<OutgoingWebhook>> ForTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutgoingWebhook>(new CommandDefinition(
            $"SELECT {OutgoingWebhook.Columns} FROM channels.outgoing_webhooks WHERE team_id = @teamId AND delete_at = 0", new { teamId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task InsertAsync(OutgoingWebhook hook, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.outgoing_webhooks (id, token, create_at, update_at, delete_at, creator_id, channel_id, team_id, trigger_words, trigger_when,
                                                    callback_urls, display_name, description, content_type, username, icon_url)
            VALUES (@Id, @Token, @CreateAt, @UpdateAt, 0, @CreatorId, @ChannelId, @TeamId, @TriggerWords, @TriggerWhen,
                    @CallbackUrls, @DisplayName, @Description, @ContentType, @Username, @IconUrl)
            """,
            hook,
            cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(OutgoingWebhook hook, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE channels.outgoing_webhooks
               SET update_at = @UpdateAt, token = @Token, channel_id = @ChannelId, trigger_words = @TriggerWords, trigger_when = @TriggerWhen,
                   callback_urls = @CallbackUrls, display_name = @DisplayName, description = @Description, content_type = @ContentType,
                   username = @Username, icon_url = @IconUrl
             WHERE id = @Id AND delete_at = 0
            """,
            hook,
            cancellationToken: cancellationToken));
    }

    public async Task DeleteAsync(string id, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.outgoing_webhooks SET delete_at = @now, update_at = @now WHERE id = @id AND delete_at = 0", new { id, now }, cancellationToken: cancellationToken));
    }

    public async Task RecordFailureAsync(string id, string error, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.outgoing_webhooks SET failure_count = failure_count + 1, last_error = @error, last_error_at = @now WHERE id = @id",
            new { id, error, now },
            cancellationToken: cancellationToken));
    }

    public async Task RecordSuccessAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.outgoing_webhooks SET failure_count = 0 WHERE id = @id AND failure_count <> 0", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Hooks in <paramref name="teamId"/> (all teams when empty) and <paramref name="channelId"/> (any when empty), only <paramref name="creatorId"/>'s when given.</summary>
    public async Task<IReadOnlyList<OutgoingWebhook>> ListAsync(string teamId, string channelId, string? creatorId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutgoingWebhook>(new CommandDefinition(
            $"""
            SELECT {OutgoingWebhook.Columns} FROM channels.outgoing_webhooks
             WHERE delete_at = 0 AND (@teamId = '' OR team_id = @teamId) AND (@channelId = '' OR channel_id = @channelId)
               AND (@creatorId::text IS NULL OR creator_id = @creatorId)
             ORDER BY create_at, id OFFSET @offset LIMIT @limit
            """,
            new { teamId, channelId, creatorId, offset, limit },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
