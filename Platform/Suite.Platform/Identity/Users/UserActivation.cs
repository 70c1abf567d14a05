using Dapper;
using Npgsql;

namespace Suite.Platform.Identity.Users;

/// <summary>Deactivating and reactivating accounts, shared by <c>DELETE /users/{id}</c> and <c>PUT /users/{id}/active</c>.</summary>
internal static class UserActivation
{
    /// <summary>
    /// Sets <c>delete_at</c>, ends every session and disables every access token at once (a
    /// reactivated account must enable its tokens again). A bot account's bot is disabled with it, and
    /// so are the bots the user owns (Mattermost's default <c>DisableBotsWhenOwnerIsDeactivated</c>),
    /// so a departed owner's bots stop acting. False when the user does not exist.
    /// </summary>
    public static async Task<bool> DeactivateAsync(NpgsqlDataSource db, string userId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var found = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            WITH updated AS (
                UPDATE platform.users SET delete_at = @now, update_at = @now WHERE id = @userId AND delete_at = 0 RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM platform.users WHERE id = @userId)
            """,
            new { userId, now },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM platform.sessions WHERE user_id = @userId;
            UPDATE platform.access_tokens SET is_active = false WHERE user_id = @userId;
            WITH disabled AS (
                UPDATE platform.bots SET delete_at = @now, update_at = @now
                 WHERE (user_id = @userId OR owner_id = @userId) AND delete_at = 0
                RETURNING user_id)
            UPDATE platform.users SET delete_at = @now, update_at = @now
             WHERE id IN (SELECT user_id FROM disabled) AND delete_at = 0;
            DELETE FROM platform.sessions WHERE user_id IN (SELECT user_id FROM platform.bots WHERE owner_id = @userId);
            """,
            new { userId, now },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return found;
    }

    /// <summary>Clears <c>delete_at</c> (a bot account's bot is enabled with it). False when the user does not exist.</summary>
    public static async Task<bool> ReactivateAsync(NpgsqlDataSource db, string userId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            WITH updated AS (
                UPDATE platform.users SET delete_at = 0, update_at = @now WHERE id = @userId AND delete_at <> 0 RETURNING 1),
            bot AS (
                UPDATE platform.bots SET delete_at = 0, update_at = @now WHERE user_id = @userId AND delete_at <> 0 RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM platform.users WHERE id = @userId)
            """,
            new { userId, now },
            cancellationToken: cancellationToken));
    }
}
