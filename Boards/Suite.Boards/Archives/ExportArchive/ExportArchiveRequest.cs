using Suite.Boards.Members;
using Suite.Boards.Imports;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Archives.ExportArchive;

/// <summary>
/// <c>GET /boards/{boardId}/archive/export</c>: the board as a version 2 <c>.boardarchive</c>, for whoever may
/// view it (Focalboard's <c>view_board</c>). The archive is written to a temporary file first, so a failure is
/// answered as an error instead of a truncated download; the stream answered deletes the file when closed.
/// </summary>
internal sealed record ExportArchiveRequest(string BoardId) : IRequest<Stream>;

internal sealed class ExportArchiveHandler(BoardAccess access, ArchiveExporter exporter, ImportSettings settings, ICurrentUser user) : IRequestHandler<ExportArchiveRequest, Stream>
{
    public async Task<Stream> Handle(ExportArchiveRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        Directory.CreateDirectory(settings.TemporaryDirectory);
        var path = Path.Combine(settings.TemporaryDirectory, Guid.NewGuid().ToString("N") + ArchiveFormat.Extension);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await exporter.WriteAsync(file, [board], cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
