using Npgsql;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>A stored delivery: the sender's body as it arrived (a generated PagerDuty <c>dedup_key</c> filled in).</summary>
internal sealed record AlertDelivery(string Id, string SourceId, string Body, long ReceivedAt, int Attempts, string ClaimId);

/// <summary>
/// The durable inbox in <c>playbooks.alert_inbox</c>. A worker claims the oldest pending delivery of
/// each source for a lease; a source's later deliveries wait until that one is done, so one source's
/// alerts are handled in order and never two at once, whichever nodes the workers run on.
/// </summary>
internal sealed class AlertInbox(NpgsqlDataSource db)
{
    private const string Columns = "id, source_id, body, received_at, attempts, claim_id";

    public async Task AddAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            "INSERT INTO playbooks.alert_inbox (id, source_id, body, received_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)");
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.SourceId });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Body });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.ReceivedAt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> due deliveries, each the oldest pending one of its source, held for <paramref name="claimId"/> until <paramref name="leaseUntil"/>.</summary>
    public async Task<IReadOnlyList<AlertDelivery>> ClaimAsync(int limit, long now, long leaseUntil, string claimId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            $"""
            WITH due AS (
                SELECT i.seq FROM playbooks.alert_inbox i
                 WHERE i.failed_at = 0 AND i.next_attempt_at <= $2
                   AND NOT EXISTS (SELECT 1 FROM playbooks.alert_inbox o WHERE o.source_id = i.source_id AND o.failed_at = 0 AND o.seq < i.seq)
                 ORDER BY i.seq
                 LIMIT $1
                 FOR UPDATE SKIP LOCKED)
            UPDATE playbooks.alert_inbox d
               SET attempts = d.attempts + 1, next_attempt_at = $3, claim_id = $4
              FROM due
             WHERE d.seq = due.seq
            RETURNING {string.Join(", ", Columns.Split(", ").Select(c => "d." + c))}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = leaseUntil });
        command.Parameters.Add(new NpgsqlParameter { Value = claimId });
        var claimed = new List<AlertDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new AlertDelivery(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt32(4), reader.GetString(5)));
        }

        return claimed;
    }

    /// <summary>When the next pending delivery falls due, or null when none waits.</summary>
    public async Task<long?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT min(next_attempt_at) FROM playbooks.alert_inbox WHERE failed_at = 0");
        return await command.ExecuteScalarAsync(cancellationToken) is long due ? due : null;
    }

    /// <summary>Removes a processed delivery, if this claim still holds it.</summary>
    public async Task RemoveAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("DELETE FROM playbooks.alert_inbox WHERE id = $1 AND claim_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.ClaimId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives a delivery back, due at <paramref name="dueAt"/>; <paramref name="countAttempt"/> false when it never really ran.</summary>
    public async Task RescheduleAsync(AlertDelivery delivery, long dueAt, bool countAttempt, string error, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            """
            UPDATE playbooks.alert_inbox
               SET next_attempt_at = $3, claim_id = '', error = $4, attempts = attempts - CASE WHEN $5 THEN 0 ELSE 1 END
             WHERE id = $1 AND claim_id = $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.ClaimId });
        command.Parameters.Add(new NpgsqlParameter { Value = dueAt });
        command.Parameters.Add(new NpgsqlParameter { Value = error });
        command.Parameters.Add(new NpgsqlParameter { Value = countAttempt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sets a delivery aside for good, kept with its error for whoever looks into it; the source's later deliveries go on.</summary>
    public async Task FailAsync(AlertDelivery delivery, long at, string error, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("UPDATE playbooks.alert_inbox SET failed_at = $3, claim_id = '', error = $4 WHERE id = $1 AND claim_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.ClaimId });
        command.Parameters.Add(new NpgsqlParameter { Value = at });
        command.Parameters.Add(new NpgsqlParameter { Value = error });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
