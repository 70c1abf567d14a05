namespace Suite.Platform.Teams;

/// <summary>Mattermost's TeamMember JSON; <c>roles</c> is derived from the scheme flags as Mattermost does.</summary>
internal sealed record TeamMemberResponse(
    string TeamId,
    string UserId,
    long DeleteAt,
    bool SchemeGuest,
    bool SchemeUser,
    bool SchemeAdmin,
    string ExplicitRoles)
{
    public const string Columns = """
        m.team_id AS teamid, m.user_id AS userid, m.delete_at AS deleteat, false AS schemeguest,
        m.scheme_user AS schemeuser, m.scheme_admin AS schemeadmin, m.explicit_roles AS explicitroles
        """;

    public string Roles => string.Join(' ', RoleNames());

    private IEnumerable<string> RoleNames()
    {
        if (SchemeUser)
        {
            yield return "team_user";
        }

        if (SchemeAdmin)
        {
            yield return "team_admin";
        }

        foreach (var role in ExplicitRoles.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return role;
        }
    }
}
