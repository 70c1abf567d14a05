using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.ListAllUsers;

internal sealed class ListAllUsersHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<ListAllUsersRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(ListAllUsersRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM platform.users u ORDER BY u.create_at, u.id", cancellationToken: cancellationToken));
        return rows.Select(r => UserResponses.For(r, currentUser)).ToList();
    }
}
