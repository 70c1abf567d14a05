using Dapper;
using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetUserTeams;

internal sealed class GetUserTeamsHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUserTeamsRequest, IReadOnlyList<TeamResponse>>
{
    public async Task<IReadOnlyList<TeamResponse>> Handle(GetUserTeamsRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var teams = await connection.QueryAsync<TeamRow>(new CommandDefinition(
            $"""
            SELECT {TeamRow.Columns}
              FROM platform.teams t JOIN platform.team_members m ON m.team_id = t.id
             WHERE m.user_id = @UserId AND m.delete_at = 0 AND t.delete_at = 0
             ORDER BY t.display_name, t.name
            """,
            request,
            cancellationToken: cancellationToken));

        // The request is user-scoped: the viewer is this user, or a system admin who manages every team.
        var administered = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT team_id FROM platform.team_members WHERE user_id = @UserId AND delete_at = 0 AND scheme_admin",
            request,
            cancellationToken: cancellationToken))).ToHashSet();
        return teams.Select(t => TeamResponses.From(t, manager: currentUser.IsSystemAdmin || administered.Contains(t.Id))).ToList();
    }
}
