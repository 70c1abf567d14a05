using Dapper;
using JasperFx;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Storage.Migrations;
using Weasel.Core;

namespace Suite.Platform.Documents;

/// <summary>
/// Creates or upgrades the modules' Marten schema objects at start-up, called by the migration
/// runner while it holds its advisory lock, so that hosts starting together change a schema once.
/// Each change is recorded in <c>platform.document_schemas</c>. A difference Marten will not apply
/// (one that would drop or rewrite data) stops start-up with the objects that differ.
/// </summary>
internal sealed class DocumentSchemas(ModuleDocumentStores stores, TimeProvider time, ILogger<DocumentSchemas> logger)
{
    public async Task ApplyAsync(NpgsqlConnection lockHolder, CancellationToken cancellationToken)
    {
        foreach (var (module, store) in stores.All)
        {
            var migration = await store.Storage.Database.CreateMigrationAsync(cancellationToken);
            if (migration.Difference == SchemaPatchDifference.None)
            {
                continue;
            }

            var changes = Describe(migration);
            if (migration.Difference == SchemaPatchDifference.Invalid)
            {
                throw Refusal(module.Name, migration);
            }

            try
            {
                await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw Refusal(module.Name, migration, ex);
            }

            var remaining = await store.Storage.Database.CreateMigrationAsync(cancellationToken);
            if (remaining.Difference != SchemaPatchDifference.None)
            {
                throw Refusal(module.Name, remaining);
            }

            await lockHolder.ExecuteAsync(new CommandDefinition(
                "INSERT INTO platform.document_schemas (module, schema, changes, applied_at) VALUES (@module, @schema, @changes, @appliedAt)",
                new { module = module.Name, schema = module.Schema, changes, appliedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
            logger.LogInformation("Applied document schema changes of module {Module}: {Changes}", module.Name, changes);
        }
    }

    private static string Describe(SchemaMigration migration) =>
        string.Join(", ", migration.Deltas
            .Where(d => d.Difference != SchemaPatchDifference.None)
            .Select(d => $"{d.SchemaObject.Identifier} ({d.Difference.ToString().ToLowerInvariant()})"));

    private static MigrationException Refusal(string module, SchemaMigration migration, Exception? failure = null) =>
        new($"Suite will not start: the documents of module {module} differ from their tables in a way that cannot be applied to the stored data: {Describe(migration)}" +
            (failure is null ? ". " : $" ({Innermost(failure).Message.TrimEnd('.')}). ") +
            "Restore the previous mapping, or move the data to the new shape in a migration first.",
            failure);

    private static Exception Innermost(Exception exception) => exception.InnerException is null ? exception : Innermost(exception.InnerException);
}
