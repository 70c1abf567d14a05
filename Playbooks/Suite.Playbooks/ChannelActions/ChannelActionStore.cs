using Marten;
using Suite.Playbooks.Api;
using Suite.Platform.Documents;

namespace Suite.Playbooks.ChannelActions;

/// <summary>Channel actions and the welcome message's viewed marks in the module's Marten store.</summary>
internal sealed class ChannelActionStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    /// <summary>Maps the documents; called from the module's store configuration.</summary>
    public static void Map(StoreOptions options)
    {
        // One action of each type and trigger per channel, as Mattermost allows, even when two creates race.
        options.Schema.For<ChannelAction>().Duplicate(a => a.ChannelId).UniqueIndex(a => a.ChannelId, a => a.ActionType, a => a.TriggerType);
        options.Schema.For<ChannelViewed>();
    }

    public async Task<IReadOnlyList<ChannelAction>> ListAsync(string channelId, string actionType, string triggerType, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var query = session.Query<ChannelAction>().Where(a => a.ChannelId == channelId);
        if (actionType.Length > 0)
        {
            query = query.Where(a => a.ActionType == actionType);
        }

        if (triggerType.Length > 0)
        {
            query = query.Where(a => a.TriggerType == triggerType);
        }

        return await query.OrderBy(a => a.ActionType).ThenBy(a => a.TriggerType).ToListAsync(cancellationToken);
    }

    public async Task<ChannelAction?> FindAsync(string actionId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<ChannelAction>(actionId, cancellationToken);
    }

    /// <summary>Inserts the action; false when the channel already has one of its type and trigger.</summary>
    public async Task<bool> TryInsertAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Insert(action);
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

    /// <summary>Replaces the action; false when another action of the channel already has its new type and trigger.</summary>
    public async Task<bool> TryUpdateAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Update(action);
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

    /// <summary>Records that the user has seen the channel; true only the first time.</summary>
    public async Task<bool> MarkViewedAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Insert(new ChannelViewed { Id = ChannelViewed.IdOf(channelId, userId) });
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

    public async Task MarkViewedAsync(string channelId, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(userIds.Select(u => new ChannelViewed { Id = ChannelViewed.IdOf(channelId, u) }).ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }
}
