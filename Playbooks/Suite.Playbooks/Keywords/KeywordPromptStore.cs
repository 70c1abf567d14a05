using Marten;
using Suite.Playbooks.Api;
using Suite.Platform.Documents;
using Suite.Playbooks.ChannelActions;

namespace Suite.Playbooks.Keywords;

/// <summary>Keyword prompts, their answers and ignored threads in the module's Marten store.</summary>
internal sealed class KeywordPromptStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    public static void Map(StoreOptions options)
    {
        options.Schema.For<KeywordPrompt>();
        options.Schema.For<KeywordPromptAnswer>();
        options.Schema.For<IgnoredKeywordThread>();
    }

    /// <summary>The enabled keyword actions of these channels (an array: Marten's LINQ turns its <c>Contains</c> into <c>= ANY</c>, a set's matched nothing).</summary>
    public async Task<IReadOnlyList<ChannelAction>> PromptActionsAsync(string[] channelIds, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.Query<ChannelAction>()
            .Where(a => channelIds.Contains(a.ChannelId) && a.ActionType == ChannelActionTypes.PromptRunPlaybook
                && a.TriggerType == ChannelActionTriggers.Keywords && a.Enabled && a.DeleteAt == 0)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> IsIgnoredAsync(string rootId, string userId, CancellationToken cancellationToken)
    {
        if (rootId.Length == 0)
        {
            return false;
        }

        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<IgnoredKeywordThread>(IgnoredKeywordThread.IdOf(rootId, userId), cancellationToken) is not null;
    }

    public async Task IgnoreAsync(IEnumerable<string> postIds, string userId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(postIds.Where(p => p.Length > 0).Select(p => new IgnoredKeywordThread { Id = IgnoredKeywordThread.IdOf(p, userId) }).ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveAsync(KeywordPrompt prompt, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(prompt);
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<KeywordPrompt?> FindAsync(string promptPostId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<KeywordPrompt>(promptPostId, cancellationToken);
    }

    /// <summary>Claims the prompt for one answer; false when it was answered already.</summary>
    public async Task<bool> TryAnswerAsync(string promptPostId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Insert(new KeywordPromptAnswer { Id = promptPostId });
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (UniqueViolations.Is(ex))
        {
            return false;
        }
    }

    /// <summary>Gives the prompt back when the answer failed, so that it can be answered again.</summary>
    public async Task ReleaseAsync(string promptPostId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Delete<KeywordPromptAnswer>(promptPostId);
        await session.SaveChangesAsync(cancellationToken);
    }
}
