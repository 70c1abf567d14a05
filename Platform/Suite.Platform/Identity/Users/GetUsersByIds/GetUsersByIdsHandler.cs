using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByIds;

internal sealed class GetUsersByIdsHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUsersByIdsRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(GetUsersByIdsRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM platform.users u WHERE u.id = ANY(@ids) ORDER BY u.username",
            new { ids = request.UserIds.Distinct().ToArray() },
            cancellationToken: cancellationToken));
        return rows.Select(r => UserResponses.For(r, currentUser)).ToList();
    }
}
