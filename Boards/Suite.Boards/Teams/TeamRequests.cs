using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Boards.Users;
using Suite.Boards.Users.GetUsers;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Teams;

/// <summary><c>GET /teams</c>: the teams the caller is a member of.</summary>
internal sealed record GetTeamsRequest : IRequest<IReadOnlyList<BoardsTeam>>;

internal sealed class GetTeamsHandler(ISender sender, ICurrentUser user) : IRequestHandler<GetTeamsRequest, IReadOnlyList<BoardsTeam>>
{
    public async Task<IReadOnlyList<BoardsTeam>> Handle(GetTeamsRequest request, CancellationToken cancellationToken) =>
        (await sender.Send(new GetUserTeamsRequest(user.RequireUserId()), cancellationToken)).Select(BoardsTeam.From).ToList();
}

/// <summary><c>GET /teams/{teamID}</c>: a team the caller belongs to (403 otherwise, as for a team that does not exist).</summary>
internal sealed record GetTeamRequest(string TeamId) : IRequest<BoardsTeam>;

internal sealed class GetTeamHandler(ISender sender, TeamGate gate, ITeamDirectory directory, ICurrentUser user) : IRequestHandler<GetTeamRequest, BoardsTeam>
{
    public async Task<BoardsTeam> Handle(GetTeamRequest request, CancellationToken cancellationToken)
    {
        await gate.RequireMemberAsync(request.TeamId, Actor.Of(user), cancellationToken);
        var name = await directory.FindNameByIdAsync(request.TeamId, cancellationToken) ?? throw BoardsErrors.Unauthorized("invalid team");
        return BoardsTeam.From(await sender.Send(new GetTeamByNameRequest(name), cancellationToken));
    }
}

/// <summary><c>GET /teams/{teamID}/users?search=&amp;exclude_bots=</c>: the team's active members whose names start with <c>search</c>.</summary>
internal sealed record GetTeamUsersRequest(string TeamId, string Search, bool ExcludeBots) : IRequest<IReadOnlyList<BoardsUser>>;

internal sealed class GetTeamUsersHandler(ISender sender, TeamGate gate, ICurrentUser user) : IRequestHandler<GetTeamUsersRequest, IReadOnlyList<BoardsUser>>
{
    public async Task<IReadOnlyList<BoardsUser>> Handle(GetTeamUsersRequest request, CancellationToken cancellationToken)
    {
        await gate.RequireMemberAsync(request.TeamId, Actor.Of(user), cancellationToken);
        var users = await sender.Send(new SearchTeamUsersRequest(request.TeamId, request.Search), cancellationToken);
        return users.Where(u => !(request.ExcludeBots && u.IsBot)).Select(u => BoardsUser.From(u)).ToList();
    }
}

/// <summary>
/// <c>POST /teams/{teamID}/users</c> with a JSON array of ids: those of the team's members, each with <c>manage_team</c>
/// when they administer the team and <c>manage_system</c> for system admins (people outside the team are left out).
/// </summary>
internal sealed record GetTeamUsersByIdsRequest(string TeamId, IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<BoardsUser>>;

internal sealed class GetTeamUsersByIdsHandler(ISender sender, TeamGate gate, ITeamMembership teams, ICurrentUser user)
    : IRequestHandler<GetTeamUsersByIdsRequest, IReadOnlyList<BoardsUser>>
{
    public async Task<IReadOnlyList<BoardsUser>> Handle(GetTeamUsersByIdsRequest request, CancellationToken cancellationToken)
    {
        await gate.RequireMemberAsync(request.TeamId, Actor.Of(user), cancellationToken);
        var found = await sender.Send(new GetUsersByIdsRequest(GetUsersListHandler.ValidIds(request.UserIds)), cancellationToken);
        var answer = new List<BoardsUser>(found.Count);
        foreach (var member in found)
        {
            var role = await teams.GetRoleAsync(request.TeamId, member.Id, cancellationToken);
            if (role is null)
            {
                continue;
            }

            var permissions = new List<string>();
            var systemAdmin = BoardsUser.IsSystemAdminRole(member.Roles);
            if (role == TeamRole.Admin || systemAdmin)
            {
                permissions.Add(BoardsUser.ManageTeam);
            }

            if (systemAdmin)
            {
                permissions.Add(BoardsUser.ManageSystem);
            }

            answer.Add(BoardsUser.From(member, permissions.Count > 0 ? permissions : null));
        }

        return answer;
    }
}
