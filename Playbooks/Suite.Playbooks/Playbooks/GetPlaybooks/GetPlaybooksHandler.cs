using Marten;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Playbooks.GetPlaybooks;

internal sealed class GetPlaybooksHandler(PlaybookStore store, VisibleTeams visibleTeams, ICurrentUser user)
    : IRequestHandler<GetPlaybooksRequest, Page<Playbook>>
{
    public async Task<Page<Playbook>> Handle(GetPlaybooksRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var teams = await visibleTeams.ResolveAsync(request.TeamId, async () =>
            await session.Query<Playbook>().Select(p => p.TeamId).Distinct().ToListAsync(cancellationToken), cancellationToken);

        var query = session.Query<Playbook>().AsQueryable();
        if (teams is not null)
        {
            var userId = user.UserId;
            query = query.Where(p => teams.Contains(p.TeamId) && (p.Public || p.Members.Any(m => m.UserId == userId)));
        }

        if (!request.WithArchived)
        {
            query = query.Where(p => p.DeleteAt == 0);
        }

        if (request.SearchTerm.Length > 0)
        {
            var term = request.SearchTerm;
            query = query.Where(p => p.Title.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        return await Page.ReadAsync(query, q => Sorted(q, request.Paging), request.Paging, cancellationToken);
    }

    private static IQueryable<Playbook> Sorted(IQueryable<Playbook> query, Paging paging) => paging.Sort switch
    {
        "title" => query.By(p => p.Title, paging.Descending),
        "runs" => query.By(p => p.NumRuns, paging.Descending),
        "last_run_at" => query.By(p => p.LastRunAt, paging.Descending),
        _ => query.By(p => p.CreateAt, paging.Descending),
    };
}
