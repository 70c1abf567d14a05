using Suite.Boards.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Imports.GetImportJob;

/// <summary>
/// <c>GET /teams/{teamId}/archive/import/{jobId}</c> (and the same job through a board's CSV import route):
/// an import's progress and, once done, its summary or error; only for the user who started it and system admins.
/// </summary>
internal sealed record GetImportJobRequest(string TeamId, string JobId, string BoardId = "") : IRequest<ImportJob>;

internal sealed class GetImportJobHandler(ImportJobs jobs, ICurrentUser user) : IRequestHandler<GetImportJobRequest, ImportJob>
{
    public async Task<ImportJob> Handle(GetImportJobRequest request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var job = await jobs.FindAsync(request.JobId, cancellationToken);
        var matches = job is not null
            && (request.TeamId.Length == 0 || job.TeamId == request.TeamId)
            && (request.BoardId.Length == 0 || job.BoardId == request.BoardId)
            && (job.UserId == userId || user.IsSystemAdmin);
        return matches ? job! : throw BoardsErrors.NotFound($"import job ID={request.JobId}");
    }
}
