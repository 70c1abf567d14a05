using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMembers;

internal sealed class GetTeamMembersHandler(NpgsqlDataSource db) : IRequestHandler<GetTeamMembersRequest, IReadOnlyList<TeamMemberResponse>>
{
    public async Task<IReadOnlyList<TeamMemberResponse>> Handle(GetTeamMembersRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var members = await connection.QueryAsync<TeamMemberResponse>(new CommandDefinition(
            $"""
            SELECT {TeamMemberResponse.Columns} FROM platform.team_members m
             WHERE m.team_id = @TeamId AND m.delete_at = 0
             ORDER BY m.user_id
             LIMIT @Limit OFFSET @Offset
            """,
            new { request.TeamId, Limit = request.Paging.PerPage, request.Paging.Offset },
            cancellationToken: cancellationToken));
        return members.AsList();
    }
}
