using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Files.UploadFile;

/// <summary>
/// <c>POST /teams/{teamId}/{boardId}/files</c> (multipart field <c>file</c>): editors of the board upload a
/// file for an image or attachment block; larger than the server's limit is 413. Answers <c>{"fileId": ...}</c>.
/// </summary>
internal sealed record UploadFileRequest(string TeamId, string BoardId, string FileName, string MimeType, Stream Content) : IRequest<UploadFileResponse>;

/// <summary>Focalboard's <c>FileUploadResponse</c>.</summary>
public sealed record UploadFileResponse(string FileId);

internal sealed class UploadFileHandler(BoardStore store, BoardAccess access, BoardFileStorage storage, ICurrentUser user, TimeProvider time)
    : IRequestHandler<UploadFileRequest, UploadFileResponse>
{
    public async Task<UploadFileResponse> Handle(UploadFileRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, _) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to make board changes", cancellationToken);
        if (board.TeamId != request.TeamId)
        {
            throw BoardsErrors.NotFound($"board ID={request.BoardId} in team ID={request.TeamId}");
        }

        var extension = Path.GetExtension(request.FileName).TrimStart('.').ToLowerInvariant();
        if (extension.Length > 16 || !extension.All(char.IsAsciiLetterOrDigit))
        {
            extension = "";
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var file = new BoardFile
        {
            Id = "7" + Ids.New() + (extension.Length > 0 ? "." + extension : ""),
            BoardId = board.Id,
            TeamId = board.TeamId,
            CreatorId = actor.UserId,
            CreateAt = now,
            UpdateAt = now,
            Name = Path.GetFileName(request.FileName),
            Extension = extension,
            MimeType = request.MimeType,
        };
        var (withinLimit, size) = await storage.SaveAsync(file, request.Content, cancellationToken);
        if (!withinLimit)
        {
            throw TooLarge(storage.MaxFileSizeBytes);
        }

        file.Size = size;
        await using var session = store.Session();
        session.Insert(file);
        await session.SaveChangesAsync(cancellationToken);
        return new UploadFileResponse(file.Id);
    }

    public static AppErrorException TooLarge(long limit) =>
        new(413, "api.boards.file_too_large", $"request entity too large: a file may be at most {limit} bytes");
}
