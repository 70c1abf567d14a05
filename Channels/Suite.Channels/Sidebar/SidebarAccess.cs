using Suite.Channels.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Sidebar;

/// <summary>Who may touch a sidebar: its user (or a system admin), only while that user belongs to the team.</summary>
internal sealed class SidebarAccess(ICurrentUser currentUser, ITeamMembership teams, SidebarStore store)
{
    public async Task<string> RequireUserAsync(string userRef, string teamId, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, userRef);
        if (userId != currentUser.UserId && await teams.GetRoleAsync(teamId, userId, cancellationToken) is null)
        {
            throw AppErrorException.NotFound("team member");
        }

        return userId;
    }

    /// <summary>The category, when it is the user's in the team; 403 otherwise, as Mattermost's permission check answers.</summary>
    public async Task<SidebarCategory> RequireCategoryAsync(string userId, string teamId, string categoryId, CancellationToken cancellationToken)
    {
        var category = await store.FindAsync(categoryId, cancellationToken);
        if (category is null || category.UserId != userId || category.TeamId != teamId)
        {
            throw AppErrorException.Forbidden("The category is not one of this user's categories in this team.");
        }

        return category;
    }
}
