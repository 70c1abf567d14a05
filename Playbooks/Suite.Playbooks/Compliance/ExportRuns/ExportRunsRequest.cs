using Marten;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Compliance.ExportRuns;

/// <summary>
/// <c>GET /compliance/runs/export?start=&amp;end=</c>: every run active in the period, whole
/// (checklists, status updates, retrospective, timeline), for system administrators of an
/// Enterprise installation. Times are Unix milliseconds; the period is [start, end).
/// </summary>
internal sealed record ExportRunsRequest(long Start, long End) : IRequest<IReadOnlyList<PlaybookRun>>;

internal sealed class ExportRunsHandler(IFeatureGate gate, ICurrentUser user, RunStore runs, Runs.Timeline.RunTimeline timeline) : IRequestHandler<ExportRunsRequest, IReadOnlyList<PlaybookRun>>
{
    public async Task<IReadOnlyList<PlaybookRun>> Handle(ExportRunsRequest request, CancellationToken cancellationToken)
    {
        gate.Require(PlaybookFeatures.RunComplianceExport.Key);
        if (!user.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only system administrators may export runs for compliance.");
        }

        if (request.Start < 0 || request.End <= request.Start)
        {
            throw new AppErrorException(400, "api.playbooks.compliance.period", "end must be after start (Unix milliseconds).");
        }

        await using var session = runs.QuerySession();
        var found = await session.Query<PlaybookRun>()
            .Where(r => r.CreateAt < request.End && (r.EndAt == 0 || r.EndAt >= request.Start))
            .OrderBy(r => r.CreateAt)
            .ToListAsync(cancellationToken);
        await timeline.FillAsync(found, cancellationToken);
        return found;
    }
}
