using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.CountLicensedUsers;

internal sealed class CountLicensedUsersHandler(NpgsqlDataSource db) : IRequestHandler<CountLicensedUsersRequest, long>
{
    public async Task<long> Handle(CountLicensedUsersRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM platform.users WHERE delete_at = 0 AND NOT is_bot", cancellationToken: cancellationToken));
    }
}
