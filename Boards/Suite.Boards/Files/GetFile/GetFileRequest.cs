using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Sharing;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Files.GetFile;

/// <summary>
/// <c>GET /files/teams/{teamId}/{boardId}/{fileId}</c> and <c>…/info</c>: a board's file (or its
/// <c>FileInfo</c>) for whoever may view the board, or anyone with its valid <c>read_token</c>; 404 for a file of
/// another board.
/// </summary>
internal sealed record GetFileRequest(string TeamId, string BoardId, string FileId, string ReadToken = "") : IRequest<BoardFile>, IAnonymousRequest;

internal sealed class GetFileHandler(BoardStore store, ReadTokens readTokens, ICurrentUser user) : IRequestHandler<GetFileRequest, BoardFile>
{
    public async Task<BoardFile> Handle(GetFileRequest request, CancellationToken cancellationToken)
    {
        var board = await readTokens.ViewableBoardAsync(request.BoardId, request.ReadToken, user, cancellationToken);
        await using var session = store.QuerySession();
        var file = await session.LoadAsync<BoardFile>(request.FileId, cancellationToken);
        return file is not null && file.BoardId == board.Id && file.TeamId == request.TeamId && file.DeleteAt == 0
            ? file
            : throw BoardsErrors.NotFound($"file ID={request.FileId}");
    }
}
