using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Sharing;
using Suite.Boards.Views;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.GetBlocks;

/// <summary>
/// <c>GET /boards/{id}/blocks</c>: for whoever may view the board; every live block (<c>all</c>), one block
/// (<c>block_id</c>), or those with the given <c>parent_id</c> and <c>type</c>. Anyone, signed in or not, with
/// the board's valid <c>read_token</c> may read them too (401 without a session or a valid token).
/// </summary>
internal sealed record GetBlocksRequest(string BoardId, string ParentId, string Type, bool All, string BlockId, string ReadToken = "")
    : IRequest<IReadOnlyList<Block>>, IAnonymousRequest;

internal sealed class GetBlocksHandler(BoardStore store, ReadTokens readTokens, ICurrentUser user) : IRequestHandler<GetBlocksRequest, IReadOnlyList<Block>>
{
    public async Task<IReadOnlyList<Block>> Handle(GetBlocksRequest request, CancellationToken cancellationToken)
    {
        var board = await readTokens.ViewableBoardAsync(request.BoardId, request.ReadToken, user, cancellationToken);
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
