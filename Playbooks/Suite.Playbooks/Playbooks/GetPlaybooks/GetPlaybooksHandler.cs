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

        var total = await query.CountAsync(cancellationToken);
        var page = request.Paging;
        var items = await Sorted(query, page.Sort, page.Descending).Skip(page.Page * page.PerPage).Take(page.PerPage).ToListAsync(cancellationToken);
        return Page.Of(items, total, page.Page, page.PerPage);
    }

    private static IQueryable<Playbook> Sorted(IQueryable<Playbook> query, string sort, bool descending) => (sort, descending) switch
    {
        ("title", false) => query.OrderBy(p => p.Title),
        ("title", true) => query.OrderByDescending(p => p.Title),
        ("runs", false) => query.OrderBy(p => p.NumRuns),
        ("runs", true) => query.OrderByDescending(p => p.NumRuns),
        ("last_run_at", false) => query.OrderBy(p => p.LastRunAt),
        ("last_run_at", true) => query.OrderByDescending(p => p.LastRunAt),
        ("create_at", false) => query.OrderBy(p => p.CreateAt),
        _ => query.OrderByDescending(p => p.CreateAt),
    };
}
