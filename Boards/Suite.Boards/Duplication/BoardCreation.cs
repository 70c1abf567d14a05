using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.BoardsAndBlocks;
using Suite.Boards.Members;
using Suite.Boards.Realtime;

namespace Suite.Boards.Duplication;

/// <summary>
/// Stores new boards with their blocks in one transaction, the acting user admin of each board, and
/// tells the boards' clients: the end of <c>POST /boards-and-blocks</c>, of duplicating a board and of
/// creating one from a template. The boards and blocks must already carry their new ids.
/// </summary>
internal sealed class BoardCreation(BoardStore store, BoardBroadcaster broadcaster, TimeProvider time)
{
    public async Task<BoardsAndBlocksBody> CreateAsync(IReadOnlyList<Board> boards, IReadOnlyList<Block> blocks, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var byId = boards.ToDictionary(b => b.Id, StringComparer.Ordinal);
        foreach (var board in boards)
        {
            board.CreatedBy = userId;
            board.ModifiedBy = userId;
            board.CreateAt = now;
            board.UpdateAt = now;
            board.DeleteAt = 0;
        }

        foreach (var block in blocks)
        {
            var board = byId[block.BoardId];
            block.ParentId = string.IsNullOrEmpty(block.ParentId) ? board.Id : block.ParentId;
            block.CreatedBy = userId;
            block.ModifiedBy = userId;
            block.CreateAt = now;
            block.UpdateAt = now;
            block.DeleteAt = 0;
            block.Schema = block.Schema == 0 ? 1 : block.Schema;
            BlockRules.Validate(board, block);
        }

        var ids = new HashSet<string>(blocks.Select(b => b.Id), StringComparer.Ordinal);
        var orphan = blocks.FirstOrDefault(b => !byId.ContainsKey(b.ParentId) && !ids.Contains(b.ParentId));
        if (orphan is not null)
        {
            throw BoardsErrors.BadRequest($"invalid parentId {orphan.ParentId} of block {orphan.Id}: not a board or block of the request");
        }

        var admins = boards.Select(b => new BoardMembership
        {
            Id = BoardMembership.IdOf(b.Id, userId),
            BoardId = b.Id,
            UserId = userId,
            SchemeAdmin = true,
            SchemeEditor = true,
        }).ToList();
        await using (var session = store.Session())
        {
            session.Insert(boards.ToArray());
            if (blocks.Count > 0)
            {
                session.Insert(blocks.ToArray());
            }

            session.Insert(admins.ToArray());
            await session.SaveChangesAsync(cancellationToken);
        }

        foreach (var board in boards)
        {
            await broadcaster.BoardChangedAsync(board, cancellationToken);
            await broadcaster.BlocksChangedAsync(board, blocks.Where(b => b.BoardId == board.Id), cancellationToken);
            await broadcaster.MemberChangedAsync(board, BoardAccess.Response(board, admins.First(a => a.BoardId == board.Id)), cancellationToken);
        }

        return new BoardsAndBlocksBody { Boards = [.. boards], Blocks = [.. blocks] };
    }
}
