using Dapper;
using Npgsql;
using Suite.Platform;

namespace Suite.Licensing.Storage;

/// <summary>Where a stored license came from.</summary>
internal static class LicenseSources
{
    public const string Upload = "upload";
    public const string Trial = "trial";
    public const string File = "file";
}

/// <summary>A stored license.</summary>
internal sealed record StoredLicense(string Id, string Source, string Bytes);

/// <summary>A trial this installation received.</summary>
internal sealed record TrialRecord(string LicenseId, string ServerId, string Source, string RequestedBy, long CreateAt, string Bytes);

/// <summary>The licensing schema: licenses, the active one, the installation id, trials, warnings sent.</summary>
internal sealed class LicenseStore(NpgsqlDataSource db)
{
    private const string ActiveLicenseKey = "active_license_id";
    private const string InstallationIdKey = "installation_id";

    public async Task<StoredLicense?> GetActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredLicense>(new CommandDefinition(
            """
            SELECT l.id AS Id, l.source AS Source, l.bytes AS Bytes FROM licensing.settings s JOIN licensing.licenses l ON l.id = s.value
             WHERE s.key = @key
            """,
            new { key = ActiveLicenseKey },
            cancellationToken: cancellationToken));
    }

    public async Task<string?> GetActiveIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM licensing.settings WHERE key = @key", new { key = ActiveLicenseKey }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores the license (kept if already stored), makes it active and, for a trial, records it; all or nothing.</summary>
    public async Task SaveActiveAsync(string id, string bytes, string source, long now, TrialRecord? trial, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO licensing.licenses (id, create_at, source, bytes) VALUES (@id, @now, @source, @bytes)
                ON CONFLICT (id) DO NOTHING;
            INSERT INTO licensing.settings (key, value) VALUES (@key, @id)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            """,
            new { id, now, source, bytes, key = ActiveLicenseKey },
            transaction,
            cancellationToken: cancellationToken));
        if (trial is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO licensing.trials (license_id, server_id, source, requested_by, create_at, bytes)
                VALUES (@LicenseId, @ServerId, @Source, @RequestedBy, @CreateAt, @Bytes)
                ON CONFLICT (license_id) DO NOTHING
                """,
                trial,
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Clears the active license (only <paramref name="id"/> when given); the stored license stays.</summary>
    public async Task<bool> ClearActiveAsync(string? id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var cleared = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM licensing.settings WHERE key = @key AND (@id::text IS NULL OR value = @id)",
            new { key = ActiveLicenseKey, id },
            cancellationToken: cancellationToken));
        return cleared > 0;
    }

    /// <summary>The installation's stable id, made on first use.</summary>
    public async Task<string> GetInstallationIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            """
            INSERT INTO licensing.settings (key, value) VALUES (@key, @candidate) ON CONFLICT (key) DO NOTHING;
            SELECT value FROM licensing.settings WHERE key = @key;
            """,
            new { key = InstallationIdKey, candidate = Ids.New() },
            cancellationToken: cancellationToken)) ?? throw new InvalidOperationException("The installation id could not be stored.");
    }

    public async Task<TrialRecord?> GetLatestTrialAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TrialRecord>(new CommandDefinition(
            """
            SELECT license_id AS LicenseId, server_id AS ServerId, source AS Source, requested_by AS RequestedBy, create_at AS CreateAt, bytes AS Bytes
              FROM licensing.trials ORDER BY create_at DESC, license_id LIMIT 1
            """,
            cancellationToken: cancellationToken));
    }

    /// <summary>Records a warning stage for a license; false when it was already recorded.</summary>
    public async Task<bool> RecordWarningAsync(string licenseId, string stage, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO licensing.expiry_warnings (license_id, stage, create_at) VALUES (@licenseId, @stage, @now) ON CONFLICT DO NOTHING",
            new { licenseId, stage, now },
            cancellationToken: cancellationToken)) > 0;
    }
}
