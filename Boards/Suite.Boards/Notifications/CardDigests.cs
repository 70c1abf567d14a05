using Marten;
using Suite.Boards.Boards;

namespace Suite.Boards.Notifications;

/// <summary>
/// Writes and takes card digests. Both hold a transaction-scoped advisory lock per card, so a change
/// recorded while a node takes the digest goes either into the digest taken or into a new one, never lost
/// and never sent twice, whichever node does what.
/// </summary>
internal sealed class CardDigests(BoardStore store, NotificationOptions options, TimeProvider time)
{
    public async Task RecordAsync(string cardId, string boardId, IReadOnlyList<CardChange> changes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = store.Session();
        await LockAsync(session, cardId, cancellationToken);
        var digest = await session.LoadAsync<CardDigest>(cardId, cancellationToken)
            ?? new CardDigest { Id = cardId, BoardId = boardId, FirstChangeAt = now.ToUnixTimeMilliseconds() };
        digest.Changes.AddRange(changes);
        var latest = DateTimeOffset.FromUnixTimeMilliseconds(digest.FirstChangeAt) + options.CardNotifyMaxDelay;
        digest.NotifyAt = Math.Min((now + options.CardNotifyDelay).ToUnixTimeMilliseconds(), latest.ToUnixTimeMilliseconds());
        session.Store(digest);
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The ids of digests due now, oldest first, and when the next one not yet due falls due (null when none).</summary>
    public async Task<(IReadOnlyList<string> Due, DateTimeOffset? Next)> ScheduleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var session = store.QuerySession();
        var due = await session.Query<CardDigest>().Where(d => d.NotifyAt <= now).OrderBy(d => d.NotifyAt).Select(d => d.Id).Take(100).ToListAsync(cancellationToken);
        var next = await session.Query<CardDigest>().Where(d => d.NotifyAt > now).OrderBy(d => d.NotifyAt).Select(d => d.NotifyAt).Take(1).ToListAsync(cancellationToken);
        return (due, next.Count == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(next[0]));
    }

    /// <summary>Removes and answers the digest when it is due; null when another node took it or it is not due.</summary>
    public async Task<CardDigest?> TakeAsync(string cardId, CancellationToken cancellationToken)
    {
        await using var session = store.Session();
        await LockAsync(session, cardId, cancellationToken);
        var digest = await session.LoadAsync<CardDigest>(cardId, cancellationToken);
        if (digest is null || digest.NotifyAt > time.GetUtcNow().ToUnixTimeMilliseconds())
        {
            return null;
        }

        session.Delete(digest);
        await session.SaveChangesAsync(cancellationToken);
        return digest;
    }

    private static async Task LockAsync(IDocumentSession session, string cardId, CancellationToken cancellationToken)
    {
        await session.BeginTransactionAsync(cancellationToken);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as locked", cancellationToken, "boards-digest:" + cardId);
    }
}
