using Dapper;
using Npgsql;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Platform.Identity.Users.GetUsers;

internal sealed class GetUsersHandler(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership teams)
    : IRequestHandler<GetUsersRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(GetUsersRequest request, CancellationToken cancellationToken)
    {
        if (request.InTeam.Length > 0)
        {
            await teams.RequireMemberAsync(currentUser, request.InTeam, cancellationToken);
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"""
            SELECT {UserRow.Columns} FROM platform.users u
             WHERE @InTeam = '' OR EXISTS (SELECT 1 FROM platform.team_members m WHERE m.team_id = @InTeam AND m.user_id = u.id AND m.delete_at = 0)
             ORDER BY u.username
             LIMIT @Limit OFFSET @Offset
            """,
            new { request.InTeam, Limit = request.Paging.PerPage, request.Paging.Offset },
            cancellationToken: cancellationToken));
        return rows.Select(r => UserResponses.For(r, currentUser)).ToList();
    }
}
