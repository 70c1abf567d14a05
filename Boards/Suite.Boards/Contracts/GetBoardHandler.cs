using Suite.Boards.Members;
using Suite.Platform.Mediator;

namespace Suite.Boards.Contracts;

/// <summary>Answers <see cref="GetBoard"/> with the same rule as <c>GET /boards/{id}</c>, for the user the request names.</summary>
internal sealed class GetBoardHandler(BoardAccess access) : IRequestHandler<GetBoard, BoardInfo>
{
    public async Task<BoardInfo> Handle(GetBoard request, CancellationToken cancellationToken)
    {
        var actor = new Actor(request.UserId, IsSystemAdmin: false);
        var board = await access.ReadableAsync(request.BoardId, actor, cancellationToken);
        return BoardInfos.From(board, await access.RightsAsync(board, actor, cancellationToken));
    }
}
