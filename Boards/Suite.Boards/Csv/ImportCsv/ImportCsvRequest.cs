using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Csv.ImportCsv;

/// <summary>
/// <c>POST /boards/{boardId}/import/csv</c> (multipart field <c>file</c>): a card per readable row, for editors
/// and admins of the board (<c>manage_board_cards</c>). Rows whose values the board's properties cannot hold are
/// reported and left out; a file that cannot be read as CSV imports nothing.
/// </summary>
internal sealed record ImportCsvRequest(string BoardId, Func<Task<ImportUpload>> ReceiveAsync, bool Wait) : IRequest<ImportJob>;

internal sealed class ImportCsvHandler(BoardAccess access, ImportJobs jobs, BoardImports imports, BoardCsv csv, ICurrentUser user)
    : IRequestHandler<ImportCsvRequest, ImportJob>
{
    public async Task<ImportJob> Handle(ImportCsvRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, _) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to make board changes", cancellationToken);
        var upload = await request.ReceiveAsync();
        var job = new ImportJob { TeamId = board.TeamId, BoardId = board.Id, UserId = actor.UserId, FileName = upload.FileName };
        return await jobs.StartAsync(job, upload, (progress, token) => imports.RunAsync(board.TeamId, actor.UserId, progress, (context, inner) =>
            csv.ImportAsync(context, board, upload, inner), token), request.Wait, cancellationToken);
    }
}
