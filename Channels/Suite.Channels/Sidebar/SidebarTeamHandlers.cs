using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Sidebar;

/// <summary>A team's creator gets the default categories at once, as Mattermost makes them when a user joins a team.</summary>
internal sealed class SidebarOnTeamCreated(SidebarStore store) : INotificationHandler<TeamCreated>
{
    public Task Handle(TeamCreated notification, CancellationToken cancellationToken) =>
        store.EnsureDefaultsAsync(notification.CreatorId, notification.TeamId, cancellationToken);
}

/// <summary>A user joining a team gets the default categories.</summary>
internal sealed class SidebarOnTeamMemberAdded(SidebarStore store) : INotificationHandler<TeamMemberAdded>
{
    public Task Handle(TeamMemberAdded notification, CancellationToken cancellationToken) =>
        store.EnsureDefaultsAsync(notification.UserId, notification.TeamId, cancellationToken);
}

/// <summary>A user leaving a team loses their categories in it (Mattermost's <c>ClearSidebarOnTeamLeave</c>).</summary>
internal sealed class SidebarOnTeamMemberRemoved(SidebarStore store) : INotificationHandler<TeamMemberRemoved>
{
    public Task Handle(TeamMemberRemoved notification, CancellationToken cancellationToken) =>
        store.ClearAsync(notification.UserId, notification.TeamId, cancellationToken);
}
