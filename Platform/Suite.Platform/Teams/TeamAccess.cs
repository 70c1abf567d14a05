using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Platform.Teams;

/// <summary>Team checks for handlers whose rule depends on more than the request's type.</summary>
internal static class TeamAccess
{
    /// <summary>
    /// The current user's role in the team; null for a system admin who is not a member. Anyone else
    /// who is not an active member gets 403.
    /// </summary>
    public static async Task<TeamRole?> RequireMemberAsync(this ITeamMembership membership, ICurrentUser user, string teamId, CancellationToken cancellationToken)
    {
        var role = await membership.GetRoleAsync(teamId, user.UserId, cancellationToken);
        if (role is null && !user.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only members of the team may do this.");
        }

        return role;
    }

    /// <summary>
    /// Members and system admins see any team; others see open teams only (to find and join them),
    /// as Mattermost's <c>list_public_teams</c> permission allows.
    /// </summary>
    public static void EnsureCanView(TeamRow team, TeamRole? role, ICurrentUser user)
    {
        if (role is null && !user.IsSystemAdmin && !team.AllowOpenInvite)
        {
            throw AppErrorException.Forbidden("Only members may see an invite-only team.");
        }
    }

    /// <summary>True when the user administers the team: a team admin, or any system admin.</summary>
    public static bool CanManage(TeamRole? role, ICurrentUser user) => user.IsSystemAdmin || role == TeamRole.Admin;
}
