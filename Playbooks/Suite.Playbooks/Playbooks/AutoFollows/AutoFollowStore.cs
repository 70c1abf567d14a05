using Marten;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Playbooks.AutoFollows;

/// <summary>One user following every new run of one playbook: a Marten document per pair, so concurrent follows never overwrite each other.</summary>
public sealed class PlaybookAutoFollow
{
    public string Id { get; set; } = "";

    public string PlaybookId { get; set; } = "";

    public string UserId { get; set; } = "";

    public static string IdOf(string playbookId, string userId) => $"{playbookId}:{userId}";
}

internal sealed class AutoFollowStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    public async Task<List<string>> UserIdsAsync(string playbookId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var follows = await session.Query<PlaybookAutoFollow>().Where(f => f.PlaybookId == playbookId).ToListAsync(cancellationToken);
        return follows.Select(f => f.UserId).Order(StringComparer.Ordinal).ToList();
    }

    public async Task FollowAsync(string playbookId, string userId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(new PlaybookAutoFollow { Id = PlaybookAutoFollow.IdOf(playbookId, userId), PlaybookId = playbookId, UserId = userId });
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task UnfollowAsync(string playbookId, string userId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Delete<PlaybookAutoFollow>(PlaybookAutoFollow.IdOf(playbookId, userId));
        await session.SaveChangesAsync(cancellationToken);
    }
}
