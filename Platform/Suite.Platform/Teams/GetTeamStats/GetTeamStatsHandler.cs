using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamStats;

internal sealed class GetTeamStatsHandler(NpgsqlDataSource db) : IRequestHandler<GetTeamStatsRequest, TeamStatsResponse>
{
    public async Task<TeamStatsResponse> Handle(GetTeamStatsRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var (total, active) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            """
            SELECT count(*), count(*) FILTER (WHERE u.delete_at = 0)
              FROM platform.team_members m JOIN platform.users u ON u.id = m.user_id
             WHERE m.team_id = @TeamId AND m.delete_at = 0
            """,
            request,
            cancellationToken: cancellationToken));
        return new TeamStatsResponse(request.TeamId, total, active);
    }
}
