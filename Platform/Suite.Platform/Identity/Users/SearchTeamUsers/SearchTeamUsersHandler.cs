using Suite.Platform.Api;
using Suite.Platform.Identity.Users.GetUsers;
using Suite.Platform.Identity.Users.SearchUsers;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.SearchTeamUsers;

internal sealed class SearchTeamUsersHandler(ISender sender) : IRequestHandler<SearchTeamUsersRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(SearchTeamUsersRequest request, CancellationToken cancellationToken)
    {
        var term = request.Term.Trim().TrimStart('@');
        if (term.Length > 0)
        {
            var limit = Math.Clamp(request.Limit, 1, SearchUsersRequest.MaxLimit);
            return await sender.Send(new SearchUsersRequest { Term = term, TeamId = request.TeamId, Limit = limit }, cancellationToken);
        }

        var everyone = await sender.Send(new GetUsersRequest(new Paging(0, Math.Clamp(request.Limit, 1, Paging.MaxPerPage)), request.TeamId), cancellationToken);
        return everyone.Where(u => u.DeleteAt == 0).ToList();
    }
}
