using JasperFx;
using Marten;
using Suite.Boards.Blocks;
using Suite.Boards.Members;
using Suite.Platform.Documents;
using Suite.Platform.Errors;

namespace Suite.Boards.Boards;

/// <summary>Boards, memberships and blocks in the module's Marten store.</summary>
internal sealed class BoardStore(ModuleDocumentStore<BoardsModule> documents)
{
    private const int MaxAttempts = 50;

    // Striped rather than one per document: a fixed set that never needs removing; two documents
    // sharing a stripe only take turns with each other for the moment of a change.
    private readonly SemaphoreSlim[] _turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public IDocumentSession Session() => documents.Store.LightweightSession();

    public IQuerySession QuerySession() => documents.Store.QuerySession();

    /// <summary>The board, or null when there is none or it is deleted (unless <paramref name="includeDeleted"/>).</summary>
    public async Task<Board?> FindBoardAsync(string boardId, CancellationToken cancellationToken, bool includeDeleted = false)
    {
        await using var session = QuerySession();
        var board = await session.LoadAsync<Board>(boardId, cancellationToken);
        return board is not null && (includeDeleted || board.DeleteAt == 0) ? board : null;
    }

    public async Task<BoardMembership?> FindMemberAsync(string boardId, string userId, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        return await session.LoadAsync<BoardMembership>(BoardMembership.IdOf(boardId, userId), cancellationToken);
    }

    public async Task<IReadOnlyList<BoardMembership>> MembersAsync(string boardId, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        return await session.Query<BoardMembership>().Where(m => m.BoardId == boardId).OrderBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>The boards of <paramref name="teamId"/> that are open or that <paramref name="userId"/> is an explicit member of; templates left out.</summary>
    public async Task<IReadOnlyList<Board>> OpenOrMemberBoardsAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        var memberOf = await session.Query<BoardMembership>().Where(m => m.UserId == userId).Select(m => m.BoardId).ToListAsync(cancellationToken);
        return await session.Query<Board>()
            .Where(b => b.TeamId == teamId && b.DeleteAt == 0 && !b.IsTemplate && (b.Type == Board.Open || b.Id.IsOneOf(memberOf.ToArray())))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The private boards of <paramref name="teamId"/> linked to a channel, whose channel members are members too.</summary>
    public async Task<IReadOnlyList<Board>> ChannelLinkedBoardsAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        return await session.Query<Board>()
            .Where(b => b.TeamId == teamId && b.DeleteAt == 0 && !b.IsTemplate && b.ChannelId != "")
            .ToListAsync(cancellationToken);
    }

    public async Task<Block?> FindBlockAsync(string blockId, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        return await session.LoadAsync<Block>(blockId, cancellationToken);
    }

    /// <summary>The live blocks of a board, optionally only children of <paramref name="parentId"/> and of <paramref name="type"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Block>> BlocksAsync(string boardId, string parentId, string type, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        var query = session.Query<Block>().Where(b => b.BoardId == boardId && b.DeleteAt == 0);
        if (parentId.Length > 0)
        {
            query = query.Where(b => b.ParentId == parentId);
        }

        if (type.Length > 0)
        {
            query = query.Where(b => b.Type == type);
        }

        return await query.OrderBy(b => b.CreateAt).ThenBy(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A page of a board's live cards, oldest first.</summary>
    public async Task<IReadOnlyList<Block>> CardsAsync(string boardId, int page, int perPage, CancellationToken cancellationToken)
    {
        await using var session = QuerySession();
        return await session.Query<Block>()
            .Where(b => b.BoardId == boardId && b.Type == BlockTypes.Card && b.DeleteAt == 0)
            .OrderBy(b => b.CreateAt).ThenBy(b => b.Id)
            .Skip(page * perPage).Take(perPage)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Read-change-write of one document: loads <paramref name="id"/>, lets <paramref name="change"/> modify
    /// it (or answer false to leave it), stores it with whatever <paramref name="change"/> queued on the
    /// session, and answers it as saved; null when there is no such document. Within a process, changes of
    /// one document take turns; a change that still loses a race (another node) is decided again on a fresh
    /// read under optimistic concurrency, so concurrent patches of one card or board lose nothing.
    /// </summary>
    public async Task<T?> ChangeAsync<T>(string id, Func<T, IDocumentSession, bool> change, CancellationToken cancellationToken)
        where T : class
    {
        var turn = _turns[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)_turns.Length];
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await WriteAsync(id, change, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<T?> WriteAsync<T>(string id, Func<T, IDocumentSession, bool> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = Session();
            var document = await session.LoadAsync<T>(id, cancellationToken);
            if (document is null)
            {
                return null;
            }

            if (!change(document, session))
            {
                return document;
            }

            session.Store(document);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return document;
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex))
            {
                throw new AppErrorException(409, "api.boards.conflict", "The board is being changed by many people at once; try again.");
            }
        }
    }

    private static bool IsConflict(Exception exception) =>
        exception is ConcurrencyException || (exception.InnerException is { } inner && IsConflict(inner));
}
