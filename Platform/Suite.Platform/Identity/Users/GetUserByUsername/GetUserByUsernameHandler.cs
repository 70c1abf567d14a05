using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByUsername;

internal sealed class GetUserByUsernameHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUserByUsernameRequest, UserResponse>
{
    public async Task<UserResponse> Handle(GetUserByUsernameRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM platform.users u WHERE u.username = lower(@Username)",
            request,
            cancellationToken: cancellationToken));
        return UserResponses.For(row ?? throw UserErrors.NotFound(), currentUser);
    }
}
