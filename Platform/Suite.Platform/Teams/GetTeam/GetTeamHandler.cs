using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeam;

internal sealed class GetTeamHandler(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership membership) : IRequestHandler<GetTeamRequest, TeamResponse>
{
    public async Task<TeamResponse> Handle(GetTeamRequest request, CancellationToken cancellationToken)
    {
        TeamRow? team;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            team = await TeamRow.FindAsync(connection, request.TeamId, cancellationToken);
        }

        if (team is null)
        {
            throw TeamErrors.NotFound();
        }

        var role = await membership.GetRoleAsync(team.Id, currentUser.UserId, cancellationToken);
        TeamAccess.EnsureCanView(team, role, currentUser);
        return TeamResponses.For(team, role, currentUser);
    }
}
