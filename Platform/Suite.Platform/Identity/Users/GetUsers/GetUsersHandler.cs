using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsers;

internal sealed class GetUsersHandler(NpgsqlDataSource db, ICurrentUser currentUser)
    : IRequestHandler<GetUsersRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(GetUsersRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"""
            SELECT {UserRow.Columns} FROM platform.users u
             ORDER BY u.username
             LIMIT @Limit OFFSET @Offset
            """,
            new { Limit = request.Paging.PerPage, request.Paging.Offset },
            cancellationToken: cancellationToken));
        return rows.Select(r => UserResponse.For(r, currentUser)).ToList();
    }
}
