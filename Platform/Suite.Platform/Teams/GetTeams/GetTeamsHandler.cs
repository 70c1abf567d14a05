using Dapper;
using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeams;

internal sealed class GetTeamsHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetTeamsRequest, TeamsPage>
{
    private const string Visible = """
        t.delete_at = 0 AND (@All OR t.allow_open_invite
            OR EXISTS (SELECT 1 FROM platform.team_members m WHERE m.team_id = t.id AND m.user_id = @UserId AND m.delete_at = 0))
        """;

    public async Task<TeamsPage> Handle(GetTeamsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { All = currentUser.IsSystemAdmin, currentUser.UserId, Limit = request.Paging.PerPage, request.Paging.Offset };
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var teams = await connection.QueryAsync<TeamRow>(new CommandDefinition(
            $"SELECT {TeamRow.Columns} FROM platform.teams t WHERE {Visible} ORDER BY t.display_name, t.name LIMIT @Limit OFFSET @Offset",
            parameters,
            cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM platform.teams t WHERE {Visible}",
            parameters,
            cancellationToken: cancellationToken));
        var administered = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT team_id FROM platform.team_members WHERE user_id = @UserId AND delete_at = 0 AND scheme_admin",
            parameters,
            cancellationToken: cancellationToken))).ToHashSet();
        return new TeamsPage(
            teams.Select(t => TeamResponses.From(t, manager: currentUser.IsSystemAdmin || administered.Contains(t.Id))).ToList(),
            total);
    }
}
