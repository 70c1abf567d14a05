using Marten;
using Marten.Patching;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.BoardsAndBlocks.DeleteBoardsAndBlocks;

/// <summary>
/// <c>DELETE /boards-and-blocks</c>: deletes boards of one team (<c>delete_board</c>) and blocks of those
/// boards (<c>manage_board_cards</c>, with their children) together; answers <c>{}</c>.
/// </summary>
internal sealed record DeleteBoardsAndBlocksRequest(DeleteBoardsAndBlocksBody Body) : IRequest<bool>;

internal sealed class DeleteBoardsAndBlocksHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteBoardsAndBlocksRequest, bool>
{
    public async Task<bool> Handle(DeleteBoardsAndBlocksRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var boardIds = request.Body.Boards ?? [];
        var blockIds = request.Body.Blocks ?? [];
        var teamId = "";
        var boards = new Dictionary<string, Board>(StringComparer.Ordinal);
        foreach (var boardId in boardIds.Distinct())
        {
            var board = await store.FindBoardAsync(boardId ?? "", cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={boardId}");
            teamId = teamId.Length == 0 ? board.TeamId : teamId;
            if (board.TeamId != teamId)
            {
                throw BoardsErrors.BadRequest("all boards should belong to the same team");
            }

            if (!(await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.DeleteBoard))
            {
                throw BoardsErrors.Forbidden("access denied to delete board");
            }

            boards[board.Id] = board;
        }

        var blocks = new List<Block>();
        foreach (var blockId in blockIds.Distinct())
        {
            var block = await store.FindBlockAsync(blockId ?? "", cancellationToken);
            if (block is null || block.DeleteAt != 0)
            {
                throw BoardsErrors.NotFound($"block ID={blockId}");
            }

            if (!boards.ContainsKey(block.BoardId))
            {
                throw BoardsErrors.BadRequest("missing BoardID=" + block.BoardId);
            }

            blocks.Add(block);
        }

        if (boards.Count == 0)
        {
            throw BoardsErrors.BadRequest("at least one board is required");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var session = store.Session())
        {
            var ids = boards.Keys.ToArray();
            session.Patch<Board>(b => b.Id.IsOneOf(ids) && b.DeleteAt == 0).Set(b => b.DeleteAt, now);
            foreach (var block in blocks)
            {
                var id = block.Id;
                session.Patch<Block>(b => (b.Id == id || b.ParentId == id) && b.BoardId == block.BoardId && b.DeleteAt == 0).Set(b => b.DeleteAt, now);
            }

            await session.SaveChangesAsync(cancellationToken);
        }

        foreach (var block in blocks)
        {
            await broadcaster.BlockDeletedAsync(boards[block.BoardId], block.Id, cancellationToken);
        }

        foreach (var board in boards.Values)
        {
            await broadcaster.BoardDeletedAsync(board, cancellationToken);
        }

        return true;
    }
}
