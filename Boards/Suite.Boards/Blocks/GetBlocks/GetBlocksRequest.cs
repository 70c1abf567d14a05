using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Views;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.GetBlocks;

/// <summary>
/// <c>GET /boards/{id}/blocks</c>: for whoever may view the board; every live block (<c>all</c>), one block
/// (<c>block_id</c>), or those with the given <c>parent_id</c> and <c>type</c>.
/// </summary>
internal sealed record GetBlocksRequest(string BoardId, string ParentId, string Type, bool All, string BlockId) : IRequest<IReadOnlyList<Block>>;

internal sealed class GetBlocksHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetBlocksRequest, IReadOnlyList<Block>>
{
    public async Task<IReadOnlyList<Block>> Handle(GetBlocksRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        if (request.All)
        {
            return await WipLimits.AnnotateAsync(store, board, await store.BlocksAsync(board.Id, "", "", cancellationToken), cancellationToken);
        }

        if (request.BlockId.Length > 0)
        {
            var block = await store.FindBlockAsync(request.BlockId, cancellationToken);
            return block is not null && block.BoardId == board.Id && block.DeleteAt == 0
                ? await WipLimits.AnnotateAsync(store, board, [block], cancellationToken)
                : throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");
        }

        return await WipLimits.AnnotateAsync(store, board, await store.BlocksAsync(board.Id, request.ParentId, request.Type, cancellationToken), cancellationToken);
    }
}
