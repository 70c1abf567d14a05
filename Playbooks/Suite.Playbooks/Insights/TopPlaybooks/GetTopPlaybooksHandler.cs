using Marten;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Insights.TopPlaybooks;

internal sealed class GetTopPlaybooksHandler(IFeatureGate gate, VisibleTeams visibleTeams, PlaybookStore playbooks, RunStore runs, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTopPlaybooksRequest, TopPlaybooks>
{
    public async Task<TopPlaybooks> Handle(GetTopPlaybooksRequest request, CancellationToken cancellationToken)
    {
        gate.Require(PlaybookFeatures.Insights.Key);
        if (request.TeamId.Length == 0)
        {
            throw AppErrorException.InvalidUrl("team_id");
        }

        if (request.Page < 0 || request.PerPage is < 1 or > Paging.MaxPerPage)
        {
            throw AppErrorException.InvalidUrl(request.Page < 0 ? "page" : "per_page");
        }

        await visibleTeams.RequireMemberAsync(request.TeamId, cancellationToken);
        var start = TimeRange.StartMillis(request.TimeRange, clock.GetUtcNow());
        var titles = await VisiblePlaybookTitlesAsync(request.TeamId, cancellationToken);
        var ids = titles.Keys.ToList();

        await using var session = runs.QuerySession();
        var query = session.Query<PlaybookRun>().Where(r => r.TeamId == request.TeamId && r.CreateAt >= start && ids.Contains(r.PlaybookId));
        if (request.OnlyMine)
        {
            var me = user.UserId;
            query = query.Where(r => r.OwnerUserId == me || r.ParticipantIds.Contains(me));
        }

        var times = await query
            .Select(r => new RunTimes(r.Id, r.PlaybookId, r.TeamId, r.CreateAt, r.AcknowledgedAt, r.EndAt))
            .ToListAsync(cancellationToken);

        var ranked = times
            .GroupBy(r => r.PlaybookId)
            .Select(g =>
            {
                var summary = ResponseSummary.Of(g.ToList());
                return new PlaybookInsight(g.Key, titles[g.Key], g.Count(), g.Max(r => r.CreateAt), summary.TimeToAcknowledge, summary.TimeToResolve);
            })
            .OrderByDescending(p => p.NumRuns)
            .ThenByDescending(p => p.LastRunAt)
            .ToList();

        var page = ranked.Skip(request.Page * request.PerPage).Take(request.PerPage).ToList();
        return new TopPlaybooks((request.Page + 1) * request.PerPage < ranked.Count, page);
    }

    private async Task<Dictionary<string, string>> VisiblePlaybookTitlesAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var session = playbooks.QuerySession();
        var query = session.Query<Playbook>().Where(p => p.TeamId == teamId);
        if (!user.IsSystemAdmin)
        {
            var me = user.UserId;
            query = query.Where(p => p.Public || p.Members.Any(m => m.UserId == me));
        }

        var visible = await query.Select(p => new PlaybookTitle(p.Id, p.Title)).ToListAsync(cancellationToken);
        return visible.ToDictionary(p => p.Id, p => p.Title);
    }

    private sealed record PlaybookTitle(string Id, string Title);
}
