using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMember;

internal sealed class GetTeamMemberHandler(NpgsqlDataSource db) : IRequestHandler<GetTeamMemberRequest, TeamMemberResponse>
{
    public async Task<TeamMemberResponse> Handle(GetTeamMemberRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TeamMemberResponse>(new CommandDefinition(
            $"SELECT {TeamMemberResponse.Columns} FROM platform.team_members m WHERE m.team_id = @TeamId AND m.user_id = @UserId",
            request,
            cancellationToken: cancellationToken)) ?? throw TeamErrors.MemberNotFound();
    }
}
