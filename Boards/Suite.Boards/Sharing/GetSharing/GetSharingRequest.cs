using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Sharing.GetSharing;

/// <summary><c>GET /boards/{id}/sharing</c>: the board's sharing, for its admins (<c>share_board</c>); 404 when it was never set.</summary>
internal sealed record GetSharingRequest(string BoardId) : IRequest<BoardSharing>;

internal sealed class GetSharingHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetSharingRequest, BoardSharing>
{
    public async Task<BoardSharing> Handle(GetSharingRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ShareBoard, "access denied to sharing the board", cancellationToken);
        await using var session = store.QuerySession();
        return await session.LoadAsync<BoardSharing>(board.Id, cancellationToken) ?? throw BoardsErrors.NotFound($"sharing ID={board.Id}");
    }
}
