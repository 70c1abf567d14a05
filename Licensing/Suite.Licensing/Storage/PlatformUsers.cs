using Dapper;
using Npgsql;

namespace Suite.Licensing.Storage;

/// <summary>A user as the trial request and the compliance export need them.</summary>
internal sealed record PlatformUser(string Id, string Username, string Email, string FirstName, string LastName, string Roles, bool IsBot, long CreateAt, long UpdateAt, long DeleteAt);

/// <summary>
/// Read-only queries on the Platform's <c>platform.users</c> table: the active-user count the seat
/// rule needs, the requester's name for a trial, the compliance export. Licensing never writes there.
/// </summary>
internal sealed class PlatformUsers(NpgsqlDataSource db)
{
    /// <summary>Mattermost's user count for licenses: not deleted, not bots.</summary>
    public async Task<long> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM platform.users WHERE delete_at = 0 AND NOT is_bot", cancellationToken: cancellationToken));
    }

    public async Task<PlatformUser?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PlatformUser>(new CommandDefinition(
            Select + " WHERE id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PlatformUser>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PlatformUser>(new CommandDefinition(
            Select + " ORDER BY create_at, id", cancellationToken: cancellationToken))).AsList();
    }

    private const string Select =
        """
        SELECT id AS Id, username AS Username, email AS Email, first_name AS FirstName, last_name AS LastName, roles AS Roles,
               is_bot AS IsBot, create_at AS CreateAt, update_at AS UpdateAt, delete_at AS DeleteAt
          FROM platform.users
        """;
}
