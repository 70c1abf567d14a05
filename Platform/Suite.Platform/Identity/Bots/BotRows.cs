using System.Data.Common;
using Dapper;
using Suite.Platform.Identity.Users;

namespace Suite.Platform.Identity.Bots;

/// <summary>The two rows a bot account is: its user and its bot record.</summary>
internal static class BotRows
{
    /// <summary>
    /// Inserts both rows; false, inserting nothing, when the username is taken. An empty password hash
    /// never verifies, and login refuses bots before looking at it.
    /// </summary>
    public static async Task<bool> InsertAsync(
        DbConnection connection, DbTransaction transaction, string userId, string username, string displayName, string description, string ownerId, long now, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.users (id, username, email, password_hash, first_name, roles, notify_props, timezone, is_bot, create_at, update_at, last_password_update)
            VALUES (@UserId, @Username, @Email, '', @DisplayName, @Roles, @NotifyProps::jsonb, @Timezone::jsonb, true, @Now, @Now, 0)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                UserId = userId,
                Username = username,
                Email = $"{username}@localhost",
                DisplayName = displayName,
                Roles = SystemRoles.User,
                NotifyProps = UserDefaults.NotifyPropsJson,
                Timezone = UserDefaults.TimezoneJson,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.bots (user_id, display_name, description, owner_id, create_at, update_at)
            VALUES (@UserId, @DisplayName, @Description, @OwnerId, @Now, @Now)
            """,
            new { UserId = userId, DisplayName = displayName, Description = description, OwnerId = ownerId, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        return true;
    }
}
