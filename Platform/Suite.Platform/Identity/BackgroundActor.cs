using Dapper;
using Npgsql;
using Suite.Platform.Errors;

namespace Suite.Platform.Identity;

/// <summary>The <see cref="IBackgroundActor"/>: the user's current roles from <c>platform.users</c>, applied as the current user for the work.</summary>
internal sealed class BackgroundActor(NpgsqlDataSource db, CurrentUser currentUser) : IBackgroundActor
{
    public async Task<T> ActAsAsync<T>(string userId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        SessionPrincipal principal;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            var user = await connection.QuerySingleOrDefaultAsync<UserRoles>(new CommandDefinition(
                "SELECT roles, is_bot AS isbot FROM platform.users WHERE id = @userId AND delete_at = 0", new { userId }, cancellationToken: cancellationToken));
            principal = user is null
                ? throw AppErrorException.Forbidden($"User {userId} does not exist or is deactivated, so nothing can be done on their behalf.")
                : new SessionPrincipal(userId, "", user.Roles, "", user.IsBot);
        }

        using (currentUser.Use(principal))
        {
            return await work(cancellationToken);
        }
    }

    private sealed record UserRoles(string Roles, bool IsBot);
}
