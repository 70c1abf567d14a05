using Marten;
using Marten.Patching;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>Alert source documents in the module's Marten store.</summary>
internal sealed class AlertSourceStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    public async Task<AlertSource?> FindAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<AlertSource>(sourceId, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSource>> ForPlaybookAsync(string playbookId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.Query<AlertSource>().Where(s => s.PlaybookId == playbookId).OrderBy(s => s.CreateAt).ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(AlertSource source, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(source);
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Delete<AlertSource>(sourceId);
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Notes a delivery's outcome without touching what people edit (name, rules), so it never overwrites their change.</summary>
    public async Task RecordAsync(string sourceId, long? receivedAt, string? error, long at, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        var patch = session.Patch<AlertSource>(sourceId);
        if (receivedAt is { } received)
        {
            patch.Set(s => s.LastReceivedAt, received);
        }

        if (error is not null)
        {
            patch.Set(s => s.LastError, error);
            patch.Set(s => s.LastErrorAt, error.Length == 0 ? 0 : at);
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
