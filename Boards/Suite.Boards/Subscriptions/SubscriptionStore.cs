using Marten;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Subscriptions;

/// <summary>Subscriptions in the module's Marten store.</summary>
internal sealed class SubscriptionStore(BoardStore store, TimeProvider time)
{
    /// <summary>
    /// Subscribes (again) <paramref name="subscriberId"/> to <paramref name="blockId"/>: as Focalboard's store,
    /// an existing subscription is revived and its <c>notifiedAt</c> set to now, so no older change is reported.
    /// </summary>
    public async Task<Subscription> SubscribeAsync(string blockType, string blockId, string subscriberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var subscription = new Subscription
        {
            Id = Subscription.IdOf(blockId, subscriberId),
            BlockType = blockType,
            BlockId = blockId,
            SubscriberId = subscriberId,
            NotifiedAt = now,
            CreateAt = now,
        };
        await using var session = store.Session();
        var existing = await session.LoadAsync<Subscription>(subscription.Id, cancellationToken);
        if (existing is { DeleteAt: 0 })
        {
            return existing;
        }

        session.Store(subscription);
        await session.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    /// <summary>Subscribes <paramref name="subscriberId"/> to each of <paramref name="blockIds"/> it does not follow yet, in one read and one write.</summary>
    public async Task SubscribeManyAsync(string blockType, IReadOnlyCollection<string> blockIds, string subscriberId, CancellationToken cancellationToken)
    {
        if (blockIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var session = store.Session();
        var live = (await session.LoadManyAsync<Subscription>(cancellationToken, blockIds.Select(id => Subscription.IdOf(id, subscriberId))))
            .Where(s => s.DeleteAt == 0).Select(s => s.BlockId).ToHashSet(StringComparer.Ordinal);
        var added = blockIds.Where(id => !live.Contains(id)).Select(id => new Subscription
        {
            Id = Subscription.IdOf(id, subscriberId),
            BlockType = blockType,
            BlockId = id,
            SubscriberId = subscriberId,
            NotifiedAt = now,
            CreateAt = now,
        }).ToArray();
        if (added.Length > 0)
        {
            session.Store(added);
            await session.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Marks the subscription deleted; null when there is no live one.</summary>
    public async Task<Subscription?> UnsubscribeAsync(string blockId, string subscriberId, CancellationToken cancellationToken)
    {
        await using var session = store.Session();
        var existing = await session.LoadAsync<Subscription>(Subscription.IdOf(blockId, subscriberId), cancellationToken);
        if (existing is not { DeleteAt: 0 })
        {
            return null;
        }

        existing.DeleteAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        session.Store(existing);
        await session.SaveChangesAsync(cancellationToken);
        return existing;
    }

    public async Task<IReadOnlyList<Subscription>> OfSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Subscription>()
            .Where(s => s.SubscriberId == subscriberId && s.DeleteAt == 0)
            .OrderBy(s => s.CreateAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> OfBlockAsync(string blockId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Subscription>()
            .Where(s => s.BlockId == blockId && s.DeleteAt == 0)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> AnyForAsync(string cardId, string boardId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Subscription>().AnyAsync(s => (s.BlockId == cardId || s.BlockId == boardId) && s.DeleteAt == 0, cancellationToken);
    }

    /// <summary>Which of <paramref name="cardIds"/> someone follows, directly or through the board, in one query.</summary>
    public async Task<IReadOnlySet<string>> FollowedAsync(IReadOnlyCollection<string> cardIds, string boardId, CancellationToken cancellationToken)
    {
        if (cardIds.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var session = store.QuerySession();
        var ids = cardIds.Append(boardId).ToArray();
        var followed = (await session.Query<Subscription>().Where(s => s.BlockId.IsOneOf(ids) && s.DeleteAt == 0).Select(s => s.BlockId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return followed.Contains(boardId) ? cardIds.ToHashSet(StringComparer.Ordinal) : followed;
    }

    public static string TypeOf(Block block) => block.Type;
}
