using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Web;

/// <summary>
/// What the board screen opens with, in one request: the board, every live block, and the caller's
/// effective role (explicit, by a linked channel, or the board's minimum role), so the screen offers only
/// what the server would allow. Refused as <c>GET /boards/{id}/blocks</c> is.
/// </summary>
internal sealed record GetBoardViewerRequest(string BoardId, bool WithBlocks = true) : IRequest<BoardViewerData>;

internal sealed record BoardViewerData(Board Board, IReadOnlyList<Block> Blocks, string Role);

internal sealed class GetBoardViewerHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetBoardViewerRequest, BoardViewerData>
{
    public async Task<BoardViewerData> Handle(GetBoardViewerRequest request, CancellationToken cancellationToken)
    {
        var (board, rights) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        var blocks = request.WithBlocks ? await store.BlocksAsync(board.Id, "", "", cancellationToken) : [];
        return new BoardViewerData(board, blocks, rights.Role);
    }
}
