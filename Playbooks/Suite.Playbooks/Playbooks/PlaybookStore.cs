using Marten;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Playbooks;

/// <summary>Playbook documents in the module's Marten store.</summary>
internal sealed class PlaybookStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    public async Task<Playbook?> FindAsync(string playbookId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<Playbook>(playbookId, cancellationToken);
    }

    public async Task SaveAsync(Playbook playbook, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(playbook);
        await session.SaveChangesAsync(cancellationToken);
    }

    public IDocumentSession Session() => documents.Store.LightweightSession();

    public IQuerySession QuerySession() => documents.Store.QuerySession();
}
