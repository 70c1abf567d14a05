using Suite.Boards.Members;
using Suite.Boards.Sharing;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards.GetBoard;

/// <summary>
/// <c>GET /boards/{id}</c>: an open board for its team's members, a private one for its members, and any board
/// to anyone, signed in or not, with its valid <c>read_token</c> (401 without a session or a valid token).
/// </summary>
internal sealed record GetBoardRequest(string BoardId, string ReadToken = "") : IRequest<Board>, IAnonymousRequest;

internal sealed class GetBoardHandler(BoardAccess access, ReadTokens readTokens, ICurrentUser user) : IRequestHandler<GetBoardRequest, Board>
{
    public async Task<Board> Handle(GetBoardRequest request, CancellationToken cancellationToken) =>
        await readTokens.SharedBoardAsync(request.BoardId, request.ReadToken, cancellationToken)
        ?? await access.ReadableAsync(request.BoardId, ReadTokens.SignedIn(user), cancellationToken);
}
