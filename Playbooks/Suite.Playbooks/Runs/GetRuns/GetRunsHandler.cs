using Marten;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.GetRuns;

/// <summary>
/// Lists runs: in the caller's teams, those they take part in or whose playbook they may see
/// (public playbooks of the team, private ones they are a member of), then Mattermost's filters.
/// </summary>
internal sealed class GetRunsHandler(RunStore runs, VisibleTeams visibleTeams, ICurrentUser user) : IRequestHandler<GetRunsRequest, Page<PlaybookRun>>
{
    public async Task<Page<PlaybookRun>> Handle(GetRunsRequest request, CancellationToken cancellationToken)
    {
        await using var session = runs.QuerySession();
        var teams = await visibleTeams.ResolveAsync(request.TeamId, async () =>
            await session.Query<PlaybookRun>().Select(r => r.TeamId).Distinct().ToListAsync(cancellationToken), cancellationToken);

        var query = session.Query<PlaybookRun>().AsQueryable();
        if (teams is not null)
        {
            var userId = user.UserId;
            var visiblePlaybooks = await session.Query<Playbook>()
                .Where(p => teams.Contains(p.TeamId) && (p.Public || p.Members.Any(m => m.UserId == userId)))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
            query = query.Where(r => teams.Contains(r.TeamId)
                && (r.OwnerUserId == userId || r.ReporterUserId == userId || r.ParticipantIds.Contains(userId) || visiblePlaybooks.Contains(r.PlaybookId)));
        }

        query = Filtered(query, request);
        var total = await query.CountAsync(cancellationToken);
        var page = request.Paging;
        var items = await Sorted(query, page.Sort, page.Descending).Skip(page.Page * page.PerPage).Take(page.PerPage).ToListAsync(cancellationToken);
        return Page.Of(items, total, page.Page, page.PerPage);
    }

    private static IQueryable<PlaybookRun> Filtered(IQueryable<PlaybookRun> query, GetRunsRequest request)
    {
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            query = query.Where(r => statuses.Contains(r.CurrentStatus));
        }

        if (request.OmitEnded)
        {
            query = query.Where(r => r.EndAt == 0);
        }

        if (request.OwnerUserId.Length > 0)
        {
            var owner = request.OwnerUserId;
            query = query.Where(r => r.OwnerUserId == owner);
        }

        if (request.ParticipantId.Length > 0)
        {
            var participant = request.ParticipantId;
            query = query.Where(r => r.ParticipantIds.Contains(participant));
        }

        if (request.PlaybookId.Length > 0)
        {
            var playbookId = request.PlaybookId;
            query = query.Where(r => r.PlaybookId == playbookId);
        }

        if (request.ChannelId.Length > 0)
        {
            var channelId = request.ChannelId;
            query = query.Where(r => r.ChannelId == channelId);
        }

        if (request.SearchTerm.Length > 0)
        {
            var term = request.SearchTerm;
            query = query.Where(r => r.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        return query;
    }

    private static IQueryable<PlaybookRun> Sorted(IQueryable<PlaybookRun> query, string sort, bool descending) => (sort, descending) switch
    {
        ("id", false) => query.OrderBy(r => r.Id),
        ("id", true) => query.OrderByDescending(r => r.Id),
        ("name", false) => query.OrderBy(r => r.Name),
        ("name", true) => query.OrderByDescending(r => r.Name),
        ("end_at", false) => query.OrderBy(r => r.EndAt),
        ("end_at", true) => query.OrderByDescending(r => r.EndAt),
        ("is_active", false) => query.OrderBy(r => r.CurrentStatus),
        ("is_active", true) => query.OrderByDescending(r => r.CurrentStatus),
        ("owner_user_id", false) => query.OrderBy(r => r.OwnerUserId),
        ("owner_user_id", true) => query.OrderByDescending(r => r.OwnerUserId),
        ("team_id", false) => query.OrderBy(r => r.TeamId),
        ("team_id", true) => query.OrderByDescending(r => r.TeamId),
        ("last_status_update_at", false) => query.OrderBy(r => r.LastStatusUpdateAt),
        ("last_status_update_at", true) => query.OrderByDescending(r => r.LastStatusUpdateAt),
        ("create_at", false) => query.OrderBy(r => r.CreateAt),
        _ => query.OrderByDescending(r => r.CreateAt),
    };
}
