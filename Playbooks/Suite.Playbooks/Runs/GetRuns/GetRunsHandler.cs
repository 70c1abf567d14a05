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
internal sealed class GetRunsHandler(RunStore runs, Timeline.RunTimeline timeline, VisibleTeams visibleTeams, ICurrentUser user) : IRequestHandler<GetRunsRequest, Page<PlaybookRun>>
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

        var page = await Page.ReadAsync(Filtered(query, request), q => Sorted(q, request.Paging), request.Paging, cancellationToken);
        await timeline.FillAsync(page.Items, cancellationToken);
        return page;
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

        if (request.ParticipantOrFollowerId.Length > 0)
        {
            var person = request.ParticipantOrFollowerId;
            query = query.Where(r => r.ParticipantIds.Contains(person) || r.FollowerIds.Contains(person));
        }

        if (request.IsOverdue is { } overdue)
        {
            query = query.Where(r => r.IsOverdue == overdue);
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

    private static IQueryable<PlaybookRun> Sorted(IQueryable<PlaybookRun> query, Paging paging) => paging.Sort switch
    {
        "id" => query.By(r => r.Id, paging.Descending),
        "name" => query.By(r => r.Name, paging.Descending),
        "end_at" => query.By(r => r.EndAt, paging.Descending),
        "is_active" => query.By(r => r.CurrentStatus, paging.Descending),
        "owner_user_id" => query.By(r => r.OwnerUserId, paging.Descending),
        "team_id" => query.By(r => r.TeamId, paging.Descending),
        "last_status_update_at" => query.By(r => r.LastStatusUpdateAt, paging.Descending),
        _ => query.By(r => r.CreateAt, paging.Descending),
    };
}
