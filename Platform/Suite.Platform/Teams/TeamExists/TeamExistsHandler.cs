using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamExists;

internal sealed class TeamExistsHandler(NpgsqlDataSource db) : IRequestHandler<TeamExistsRequest, TeamExistsResponse>
{
    public async Task<TeamExistsResponse> Handle(TeamExistsRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM platform.teams WHERE name = @Name)",
            request,
            cancellationToken: cancellationToken));
        return new TeamExistsResponse(exists);
    }
}
