using Suite.Boards.Api;
using Suite.Boards.Imports;
using Suite.Boards.Trello;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Archives.ImportArchive;

/// <summary>
/// <c>POST /teams/{teamId}/archive/import</c> (multipart field <c>file</c>): a <c>.boardarchive</c> (version 2 or
/// legacy 1) or a Trello JSON export, told apart by content, imported as new boards of the team for any member of
/// it, all or nothing. <see cref="ReceiveAsync"/> reads the upload once the caller is known to be allowed. With
/// <see cref="Wait"/> the answer is the finished job (its summary); otherwise the running job, to poll.
/// </summary>
internal sealed record ImportArchiveRequest(string TeamId, Func<Task<ImportUpload>> ReceiveAsync, bool Wait) : IRequest<ImportJob>;

internal sealed class ImportArchiveHandler(ImportJobs jobs, BoardImports imports, ImportSettings settings, TrelloImporter trello, ITeamMembership teams, ICurrentUser user)
    : IRequestHandler<ImportArchiveRequest, ImportJob>
{
    public async Task<ImportJob> Handle(ImportArchiveRequest request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (!user.IsSystemAdmin && await teams.GetRoleAsync(request.TeamId, userId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden("access denied to create board");
        }

        var upload = await request.ReceiveAsync();
        ImportFormat format;
        try
        {
            format = await ImportFormats.DetectAsync(upload, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            await upload.DisposeAsync();
            throw BoardsErrors.BadRequest(ex.Message);
        }

        var job = new ImportJob { TeamId = request.TeamId, UserId = userId, FileName = upload.FileName };
        return await jobs.StartAsync(job, upload, (progress, token) => imports.RunAsync(request.TeamId, userId, progress, (context, inner) => format switch
        {
            ImportFormat.Zip => new ArchiveImporter(context, settings).ImportZipAsync(upload, inner),
            ImportFormat.LegacyArchive => new ArchiveImporter(context, settings).ImportLegacyAsync(upload, inner),
            _ => trello.ImportAsync(context, upload, inner),
        }, token), request.Wait, cancellationToken);
    }
}
