using Npgsql;
using Suite.Boards.Realtime;
using Suite.Platform.Documents;
using Suite.Platform.Teams;

namespace Suite.Boards.Imports;

/// <summary>Runs an import's work in its own transaction, commits it, and tells clients about the boards it created.</summary>
internal sealed class BoardImports(ModuleDocumentStore<BoardsModule> documents, NpgsqlDataSource db, BoardFiles files, ITeamMembership teams, BoardBroadcaster broadcaster, TimeProvider time)
{
    public async Task<ImportSummary> RunAsync(string teamId, string userId, ImportProgress progress, Func<ImportContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ImportContext context;
        await using (var transaction = await ImportTransaction.BeginAsync(documents, db, files, cancellationToken))
        {
            context = new ImportContext(teamId, userId, time.GetUtcNow().ToUnixTimeMilliseconds(), transaction, progress, teams);
            await work(context, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var board in context.CreatedBoards)
        {
            await broadcaster.BoardChangedAsync(board, CancellationToken.None);
        }

        if (context.TargetBoard is { } target)
        {
            await broadcaster.BlocksChangedAsync(target, context.CreatedBlocks, CancellationToken.None);
        }

        return context.Summary;
    }
}
