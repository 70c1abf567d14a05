using Dapper;
using Npgsql;

namespace Suite.Platform.Identity.Users;

/// <summary>A row of <c>platform.users</c> without its password hash.</summary>
internal sealed record UserRow(
    string Id,
    string Username,
    string Email,
    string Nickname,
    string FirstName,
    string LastName,
    string Position,
    string Roles,
    string Locale,
    string Props,
    string NotifyProps,
    string Timezone,
    bool IsBot,
    long CreateAt,
    long UpdateAt,
    long DeleteAt,
    long LastPasswordUpdate,
    long LastPictureUpdate,
    string? BotDescription)
{
    /// <summary>The select list for a <see cref="UserRow"/> from <c>platform.users u</c>, aliased to the constructor's names.</summary>
    public const string Columns = """
        u.id, u.username, u.email, u.nickname, u.first_name AS firstname, u.last_name AS lastname, u.position, u.roles,
        u.locale, u.props::text AS props, u.notify_props::text AS notifyprops, u.timezone::text AS timezone,
        u.is_bot AS isbot, u.create_at AS createat, u.update_at AS updateat, u.delete_at AS deleteat,
        u.last_password_update AS lastpasswordupdate, u.last_picture_update AS lastpictureupdate,
        (SELECT b.description FROM platform.bots b WHERE b.user_id = u.id) AS botdescription
        """;

    public bool IsActive => DeleteAt == 0;

    public static Task<UserRow?> FindAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.users u WHERE u.id = @id",
            new { id },
            transaction,
            cancellationToken: cancellationToken));
}
