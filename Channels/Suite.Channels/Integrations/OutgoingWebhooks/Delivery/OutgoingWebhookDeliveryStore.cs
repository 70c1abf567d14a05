using Dapper;
using Npgsql;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>The durable delivery queue in <c>channels.outgoing_webhook_deliveries</c>.</summary>
internal sealed class OutgoingWebhookDeliveryStore(NpgsqlDataSource db)
{
    public async Task AddAsync(IReadOnlyList<OutgoingWebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.outgoing_webhook_deliveries (id, hook_id, callback_url, post_id, channel_id, root_id, post_create_at, payload, next_attempt_at, create_at)
            VALUES (@Id, @HookId, @CallbackUrl, @PostId, @ChannelId, @RootId, @PostCreateAt, @Payload::jsonb, @NextAttemptAt, @CreateAt)
            """,
            deliveries,
            cancellationToken: cancellationToken));
    }

    /// <summary>Claims up to <paramref name="limit"/> due deliveries for <paramref name="claimId"/> until <paramref name="leaseUntil"/>, counting the attempt.</summary>
    public async Task<IReadOnlyList<OutgoingWebhookDelivery>> ClaimAsync(int limit, long now, long leaseUntil, string claimId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var claimed = await connection.QueryAsync<OutgoingWebhookDelivery>(new CommandDefinition(
            $"""
            WITH due AS (
                SELECT id FROM channels.outgoing_webhook_deliveries
                 WHERE next_attempt_at <= @now
                 ORDER BY next_attempt_at
                 LIMIT @limit
                 FOR UPDATE SKIP LOCKED)
            UPDATE channels.outgoing_webhook_deliveries d
               SET attempts = d.attempts + 1, next_attempt_at = @leaseUntil, claim_id = @claimId
              FROM due
             WHERE d.id = due.id
            RETURNING {Prefixed("d.")}
            """,
            new { limit, now, leaseUntil, claimId },
            cancellationToken: cancellationToken));
        return claimed.AsList();
    }

    /// <summary>When the next delivery falls due, or null when none is waiting.</summary>
    public async Task<long?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT min(next_attempt_at) FROM channels.outgoing_webhook_deliveries", cancellationToken: cancellationToken));
    }

    /// <summary>Removes a delivery that succeeded or was given up, if this claim still holds it.</summary>
    public async Task RemoveAsync(OutgoingWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM channels.outgoing_webhook_deliveries WHERE id = @Id AND claim_id = @ClaimId", delivery, cancellationToken: cancellationToken));
    }

    /// <summary>Gives the delivery back to the queue, due at <paramref name="dueAt"/>; <paramref name="countAttempt"/> false when the attempt never ran.</summary>
    public async Task RescheduleAsync(OutgoingWebhookDelivery delivery, long dueAt, bool countAttempt, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE channels.outgoing_webhook_deliveries
               SET next_attempt_at = @dueAt, claim_id = '', attempts = attempts - CASE WHEN @countAttempt THEN 0 ELSE 1 END
             WHERE id = @id AND claim_id = @claimId
            """,
            new { id = delivery.Id, claimId = delivery.ClaimId, dueAt, countAttempt },
            cancellationToken: cancellationToken));
    }

    private static string Prefixed(string alias) =>
        string.Join(", ", OutgoingWebhookDelivery.Columns.Split(", ").Select(c => alias + c));
}
