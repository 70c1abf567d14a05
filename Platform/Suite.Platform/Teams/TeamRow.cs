using Dapper;
using Npgsql;

namespace Suite.Platform.Teams;

/// <summary>A row of <c>platform.teams</c>.</summary>
internal sealed record TeamRow(
    string Id,
    string Name,
    string DisplayName,
    string Description,
    string Email,
    string Type,
    string CompanyName,
    string AllowedDomains,
    string InviteId,
    bool AllowOpenInvite,
    long CreateAt,
    long UpdateAt,
    long DeleteAt,
    long LastTeamIconUpdate)
{
    /// <summary>The select list for a <see cref="TeamRow"/> from <c>platform.teams t</c>, aliased to the constructor's names.</summary>
    public const string Columns = """
        t.id, t.name, t.display_name AS displayname, t.description, t.email, t.type, t.company_name AS companyname,
        t.allowed_domains AS alloweddomains, t.invite_id AS inviteid, t.allow_open_invite AS allowopeninvite,
        t.create_at AS createat, t.update_at AS updateat, t.delete_at AS deleteat, t.last_team_icon_update AS lastteamiconupdate
        """;

    public const string Open = "O";
    public const string InviteOnly = "I";

    public static Task<TeamRow?> FindAsync(NpgsqlConnection connection, string teamId, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<TeamRow>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.teams t WHERE t.id = @teamId AND t.delete_at = 0",
            new { teamId },
            transaction,
            cancellationToken: cancellationToken));
}
