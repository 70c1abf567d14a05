using Dapper;
using Npgsql;

namespace Suite.Platform.Configuration;

/// <summary>Stores changed settings and tells every process to read them again.</summary>
internal sealed class ConfigWrites(NpgsqlDataSource db, StoredConfigurationProvider provider, TimeProvider time)
{
    public async Task ApplyAsync(IReadOnlyDictionary<ConfigSetting, string?> changes, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var reset = changes.Where(c => c.Value is null).Select(c => c.Key.Key).ToArray();
        var set = changes.Where(c => c.Value is not null).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM platform.config_settings WHERE key = ANY(@reset)", new { reset }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.config_settings (key, value, update_at)
            SELECT * FROM unnest(@keys, @values, @stamps)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, update_at = excluded.update_at
            """,
            new { keys = set.Select(c => c.Key.Key).ToArray(), values = set.Select(c => c.Value!).ToArray(), stamps = set.Select(_ => now).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"SELECT pg_notify('{StoredConfigurationListener.NotifyChannel}', @origin)", new { origin = provider.Origin }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        provider.Reload();
    }
}
