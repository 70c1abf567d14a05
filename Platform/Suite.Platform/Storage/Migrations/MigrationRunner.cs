using System.Data;
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
    // Line endings are normalised so that a checkout that converts them does not look like a changed migration.
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public string FileName => $"{Version:0000}_{Name}.sql";
}

/// <summary>Start-up refused because an applied migration's file changed or a migration is malformed.</summary>
public sealed class MigrationException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>
/// Applies each module's migrations in version order, each in its own transaction, under one
/// PostgreSQL advisory lock so that hosts starting together apply every migration exactly once.
/// Applied migrations are recorded with a checksum; a changed file stops start-up before anything is applied.
/// </summary>
internal sealed class MigrationRunner(NpgsqlDataSource dataSource, TimeProvider time, ILogger<MigrationRunner> logger)
{
    internal const long AdvisoryLockKey = 0x5375_6974_654D_6967; // "SuiteMig"

    public static IReadOnlyList<Migration> ReadEmbedded(string module, string schema, Assembly assembly)
    {
        var files = new List<(string FileName, string Sql)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("migrations/", StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add((resource["migrations/".Length..], reader.ReadToEnd()));
        }

        return Parse(module, schema, files);
    }

    /// <summary>Turns <c>NNNN_description.sql</c> files into ordered migrations; refuses malformed names and duplicate numbers.</summary>
    public static IReadOnlyList<Migration> Parse(string module, string schema, IEnumerable<(string FileName, string Sql)> files)
    {
        var migrations = new List<Migration>();
        foreach (var (fileName, sql) in files)
        {
            var stem = fileName.EndsWith(".sql", StringComparison.Ordinal) ? fileName[..^".sql".Length] : "";
            var separator = stem.IndexOf('_', StringComparison.Ordinal);
            var number = separator > 0 ? stem[..separator] : "";
            var description = separator > 0 ? stem[(separator + 1)..] : "";
            if (number.Length == 0 || !number.All(char.IsAsciiDigit) || !int.TryParse(number, out var version) || version <= 0 || description.Length == 0)
            {
                throw new MigrationException(
                    $"Migration '{fileName}' of module {module} is misnamed: migrations are named NNNN_description.sql with a number above zero, for example 0001_create_schema.sql.");
            }

            migrations.Add(new Migration(module, schema, version, description, sql));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MigrationException(
                $"Module {module} has more than one migration numbered {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.FileName))}. Give each its own number.");
        }

        return migrations.OrderBy(m => m.Version).ToList();
    }

    /// <summary>
    /// Applies what is missing, then runs <paramref name="thenUnderLock"/> (the document stores'
    /// schema changes) before releasing the lock; returns how many migrations this call applied.
    /// </summary>
    public async Task<int> ApplyAsync(
        IReadOnlyList<Migration> migrations, Func<NpgsqlConnection, CancellationToken, Task>? thenUnderLock = null, CancellationToken cancellationToken = default)
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

            var applied = (await connection.QueryAsync<(string Module, int Version, string Checksum)>(
                new CommandDefinition("SELECT module, version, checksum FROM platform.schema_migrations", cancellationToken: cancellationToken)))
                .ToDictionary(r => (r.Module, r.Version), r => r.Checksum);

            RefuseChanged(migrations, applied);

            var count = 0;
            foreach (var migration in migrations.Where(m => !applied.ContainsKey((m.Module, m.Version))))
            {
                await ApplyOneAsync(connection, migration, cancellationToken);
                count++;
            }

            if (thenUnderLock is not null)
            {
                await thenUnderLock(connection, cancellationToken);
            }

            return count;
        }
        finally
        {
            // A broken connection took its session, and the lock with it.
            if (connection.State == ConnectionState.Open)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
            }
        }
    }

    private static void RefuseChanged(IReadOnlyList<Migration> migrations, Dictionary<(string Module, int Version), string> applied)
    {
        var changed = migrations
            .Where(m => applied.TryGetValue((m.Module, m.Version), out var checksum) && checksum != m.Checksum)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var list = string.Join("; ", changed.Select(m =>
            $"{m.FileName} of module {m.Module} (recorded checksum {Abbreviate(applied[(m.Module, m.Version)])}, file now {Abbreviate(m.Checksum)})"));
        throw new MigrationException(
            $"Suite will not start: {(changed.Count == 1 ? "an applied migration was" : "applied migrations were")} changed after being applied: {list}. " +
            "Applied migrations are immutable: restore the file as it was and put the change in a new migration with the next number.");
    }

    private static string Abbreviate(string checksum) => checksum.Length > 12 ? checksum[..12] : checksum;

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA IF NOT EXISTS \"{migration.Schema}\"", transaction: transaction, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken, commandTimeout: 600));
        }
        catch (PostgresException ex)
        {
            throw new MigrationException($"Migration {migration.FileName} of module {migration.Module} failed and was rolled back: {ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO platform.schema_migrations (module, version, name, checksum, applied_at) VALUES (@Module, @Version, @Name, @Checksum, @AppliedAt)",
            new { migration.Module, migration.Version, migration.Name, migration.Checksum, AppliedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied migration {Module} {File}", migration.Module, migration.FileName);
    }
}
