using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByUsernames;

internal sealed class GetUsersByUsernamesHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUsersByUsernamesRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(GetUsersByUsernamesRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM platform.users u WHERE u.username = ANY(@names) ORDER BY u.username",
            new { names = request.Usernames.Select(n => n.ToLowerInvariant()).Distinct().ToArray() },
            cancellationToken: cancellationToken));
        return rows.Select(r => UserResponses.For(r, currentUser)).ToList();
    }
}
