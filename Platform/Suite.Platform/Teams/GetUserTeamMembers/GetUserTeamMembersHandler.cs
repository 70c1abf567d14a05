using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetUserTeamMembers;

internal sealed class GetUserTeamMembersHandler(NpgsqlDataSource db) : IRequestHandler<GetUserTeamMembersRequest, IReadOnlyList<TeamMemberResponse>>
{
    public async Task<IReadOnlyList<TeamMemberResponse>> Handle(GetUserTeamMembersRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var members = await connection.QueryAsync<TeamMemberResponse>(new CommandDefinition(
            $"""
            SELECT {TeamMemberResponse.Columns}
              FROM platform.team_members m JOIN platform.teams t ON t.id = m.team_id
             WHERE m.user_id = @UserId AND m.delete_at = 0 AND t.delete_at = 0
             ORDER BY m.team_id
            """,
            request,
            cancellationToken: cancellationToken));
        return members.AsList();
    }
}
