using Dapper;
using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamByName;

internal sealed class GetTeamByNameHandler(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership membership) : IRequestHandler<GetTeamByNameRequest, TeamResponse>
{
    public async Task<TeamResponse> Handle(GetTeamByNameRequest request, CancellationToken cancellationToken)
    {
        TeamRow? team;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            team = await connection.QuerySingleOrDefaultAsync<TeamRow>(new CommandDefinition(
                $"SELECT {TeamRow.Columns} FROM platform.teams t WHERE t.name = @Name AND t.delete_at = 0",
                request,
                cancellationToken: cancellationToken));
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
