using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Csv.ExportCsv;

/// <summary>
/// <c>GET /boards/{boardId}/views/{viewId}/export/csv</c>: the view's table as CSV, for whoever may view the
/// board. Written to a temporary file first (deleted when the answered stream closes), so a failure is an error, not a cut file.
/// </summary>
internal sealed record ExportCsvRequest(string BoardId, string ViewId) : IRequest<(Stream Csv, string ViewTitle)>;

internal sealed class ExportCsvHandler(BoardAccess access, BoardStore store, BoardCsv csv, ImportSettings settings, ICurrentUser user)
    : IRequestHandler<ExportCsvRequest, (Stream Csv, string ViewTitle)>
{
    public async Task<(Stream Csv, string ViewTitle)> Handle(ExportCsvRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        var view = await store.FindBlockAsync(request.ViewId, cancellationToken);
        if (view is null || view.BoardId != board.Id || view.Type != BlockTypes.View || view.DeleteAt != 0)
        {
            throw BoardsErrors.NotFound($"view ID={request.ViewId} on BoardID={board.Id}");
        }

        Directory.CreateDirectory(settings.TemporaryDirectory);
        var path = Path.Combine(settings.TemporaryDirectory, Guid.NewGuid().ToString("N") + ".csv");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await csv.WriteAsync(file, board, view, cancellationToken);
            file.Position = 0;
            return (file, view.Title);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
