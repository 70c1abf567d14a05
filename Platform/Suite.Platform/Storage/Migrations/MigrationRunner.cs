using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.Platform.Storage.Migrations;

/// <summary>One embedded <c>Migrations/NNNN_name.sql</c> file of a module.</summary>
internal sealed record Migration(string Module, string Schema, int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}

/// <summary>Start-up refused because an applied migration's file changed or a migration is malformed.</summary>
public sealed class MigrationException(string message) : Exception(message);

/// <summary>
/// Applies each module's migrations in version order, each in its own transaction, under one
/// PostgreSQL advisory lock so that hosts starting together apply every migration exactly once.
/// Applied migrations are recorded with a checksum; a changed file stops start-up.
/// </summary>
internal sealed class MigrationRunner(NpgsqlDataSource dataSource, TimeProvider time, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x5375_6974_654D_6967; // "SuiteMig"

    public static IReadOnlyList<Migration> ReadEmbedded(string module, string schema, Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("migrations/", StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var fileName = resource["migrations/".Length..^".sql".Length];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(fileName[..separator], out var version) || version <= 0)
            {
                throw new MigrationException($"Migration '{fileName}.sql' of module {module} must be named NNNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(new Migration(module, schema, version, fileName[(separator + 1)..], reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MigrationException($"Module {module} has two migrations numbered {duplicate.Key}.");
        }

        return migrations.OrderBy(m => m.Version).ToList();
    }

    /// <summary>Applies what is missing; returns how many migrations this call applied.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: cancellationToken, commandTimeout: 300));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE SCHEMA IF NOT EXISTS platform;
                CREATE TABLE IF NOT EXISTS platform.schema_migrations (
                    module     text   NOT NULL,
                    version    int    NOT NULL,
                    name       text   NOT NULL,
                    checksum   text   NOT NULL,
                    applied_at bigint NOT NULL,
                    PRIMARY KEY (module, version)
                );
                """,
                cancellationToken: cancellationToken));

            var applied = (await connection.QueryAsync<(string Module, int Version, string Name, string Checksum)>(
                new CommandDefinition("SELECT module, version, name, checksum FROM platform.schema_migrations", cancellationToken: cancellationToken)))
                .ToDictionary(r => (r.Module, r.Version));

            var count = 0;
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue((migration.Module, migration.Version), out var record))
                {
                    if (record.Checksum != migration.Checksum)
                    {
                        throw new MigrationException(
                            $"Migration {migration.Version:0000}_{migration.Name}.sql of module {migration.Module} was changed after it was applied " +
                            $"(recorded checksum {record.Checksum[..12]}, file now {migration.Checksum[..12]}). " +
                            "Applied migrations are immutable: restore the file and add a new migration for the change.");
                    }

                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA IF NOT EXISTS \"{migration.Schema}\"", transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken, commandTimeout: 600));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO platform.schema_migrations (module, version, name, checksum, applied_at) VALUES (@Module, @Version, @Name, @Checksum, @AppliedAt)",
                    new { migration.Module, migration.Version, migration.Name, migration.Checksum, AppliedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Module} {Version:0000}_{Name}", migration.Module, migration.Version, migration.Name);
                count++;
            }

            return count;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
        }
    }

    /// <summary>True when every given migration is recorded as applied.</summary>
    public async Task<bool> AllAppliedAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT to_regclass('platform.schema_migrations') IS NOT NULL", cancellationToken: cancellationToken));
        if (!exists)
        {
            return migrations.Count == 0;
        }

        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM platform.schema_migrations", cancellationToken: cancellationToken));
        return count >= migrations.Count;
    }
}
