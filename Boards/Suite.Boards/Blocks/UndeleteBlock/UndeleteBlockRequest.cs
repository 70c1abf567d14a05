using Marten.Patching;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.UndeleteBlock;

/// <summary>
/// <c>POST /boards/{id}/blocks/{blockId}/undelete</c>: editors bring back a deleted block with the children
/// deleted with it (those whose <c>deleteAt</c> is the block's); answers the block. A live block is answered as it is.
/// </summary>
internal sealed record UndeleteBlockRequest(string BoardId, string BlockId) : IRequest<Block>;

internal sealed class UndeleteBlockHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<UndeleteBlockRequest, Block>
{
    public async Task<Block> Handle(UndeleteBlockRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var found = await store.FindBlockAsync(request.BlockId, cancellationToken);
        if (found is null || found.BoardId != board.Id)
        {
            throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");
        }

        if (!(await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.ManageBoardCards))
        {
            throw BoardsErrors.Forbidden("access denied to modify board members");
        }

        if (found.DeleteAt == 0)
        {
            return found;
        }

        var restored = await store.ChangeAsync<Block>(found.Id, (block, session) =>
        {
            if (block.DeleteAt == 0)
            {
                return false;
            }

            var deletedAt = block.DeleteAt;
            session.Patch<Block>(b => b.BoardId == board.Id && b.ParentId == block.Id && b.DeleteAt == deletedAt).Set(b => b.DeleteAt, 0L);
            block.DeleteAt = 0;
            block.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            block.ModifiedBy = actor.UserId;
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");

        var children = await store.BlocksAsync(board.Id, restored.Id, "", cancellationToken);
        await broadcaster.BlocksChangedAsync(board, children.Prepend(restored), cancellationToken);
        return restored;
    }
}
