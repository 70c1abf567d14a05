using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamsByIds;

internal sealed class GetTeamsByIdsHandler(NpgsqlDataSource db) : IRequestHandler<GetTeamsByIdsRequest, IReadOnlyList<TeamResponse>>
{
    public async Task<IReadOnlyList<TeamResponse>> Handle(GetTeamsByIdsRequest request, CancellationToken cancellationToken)
    {
        if (request.TeamIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TeamRow>(new CommandDefinition(
            $"SELECT {TeamRow.Columns} FROM platform.teams t WHERE t.id = ANY(@ids)",
            new { ids = request.TeamIds.ToArray() },
            cancellationToken: cancellationToken));
        return rows.Select(row => TeamResponses.From(row, manager: true)).ToList();
    }
}
