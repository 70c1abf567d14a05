using Marten;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Insights.SiteStats;

/// <summary><c>GET /stats/site</c>: the system console's counts, for system administrators.</summary>
internal sealed record GetSiteStatsRequest : IRequest<SiteStats>;

/// <summary>Mattermost's <c>PlaybookSiteStats</c>.</summary>
public sealed record SiteStats(int TotalPlaybooks, int TotalPlaybookRuns);

internal sealed class GetSiteStatsHandler(PlaybookStore playbooks, RunStore runs, ICurrentUser user) : IRequestHandler<GetSiteStatsRequest, SiteStats>
{
    public async Task<SiteStats> Handle(GetSiteStatsRequest request, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only system administrators may see the site's statistics.");
        }

        await using var playbookSession = playbooks.QuerySession();
        await using var runSession = runs.QuerySession();
        return new SiteStats(
            await playbookSession.Query<Playbook>().CountAsync(cancellationToken),
            await runSession.Query<PlaybookRun>().CountAsync(cancellationToken));
    }
}
