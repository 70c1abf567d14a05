using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards.GetBoard;

/// <summary><c>GET /boards/{id}</c>: an open board for its team's members, a private one for its members.</summary>
internal sealed record GetBoardRequest(string BoardId) : IRequest<Board>;

internal sealed class GetBoardHandler(BoardAccess access, ICurrentUser user) : IRequestHandler<GetBoardRequest, Board>
{
    public Task<Board> Handle(GetBoardRequest request, CancellationToken cancellationToken) =>
        access.ReadableAsync(request.BoardId, Actor.Of(user), cancellationToken);
}
