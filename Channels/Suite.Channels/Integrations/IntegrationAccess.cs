using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations;

/// <summary>
/// Who may manage integrations, as Mattermost's default permissions: system admins and team admins
/// anywhere in their team, channel admins for hooks of their channel. Private channels need
/// membership (unless system admin), and archived or direct channels take no hooks.
/// </summary>
internal sealed class IntegrationAccess(ChannelStore channels, ICurrentUser currentUser, ITeamMembership teams)
{
    public string UserId => currentUser.RequireUserId();

    public bool IsSystemAdmin => currentUser.IsSystemAdmin;

    public async Task<bool> IsTeamAdminAsync(string teamId, CancellationToken cancellationToken) =>
        currentUser.IsSystemAdmin || await teams.GetRoleAsync(teamId, UserId, cancellationToken) == TeamRole.Admin;

    public async Task<bool> IsTeamMemberAsync(string teamId, CancellationToken cancellationToken) =>
        currentUser.IsSystemAdmin || await teams.GetRoleAsync(teamId, UserId, cancellationToken) is not null;

    public async Task EnsureTeamAdminAsync(string teamId, CancellationToken cancellationToken)
    {
        if (!await IsTeamAdminAsync(teamId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only team and system admins may manage this team's integrations.");
        }
    }

    /// <summary>The channel a hook is for, when the current user may manage hooks there.</summary>
    public async Task<Channel> ManageableChannelAsync(string channelId, CancellationToken cancellationToken)
    {
        var (channel, member) = await channels.FindWithMemberAsync(channelId, UserId, cancellationToken);
        if (channel is null || (channel.Type != ChannelTypes.Open && member is null && !currentUser.IsSystemAdmin))
        {
            throw ChannelErrors.NotFound();
        }

        if (!ChannelTypes.IsTeamChannel(channel.Type))
        {
            throw AppErrorException.InvalidBody("channel_id", "Webhooks post only in public and private channels.");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (!(member is { IsAdmin: true } || await IsTeamAdminAsync(channel.TeamId, cancellationToken)))
        {
            throw AppErrorException.Forbidden("Only channel, team and system admins may manage this channel's webhooks.");
        }

        return channel;
    }

    /// <summary>An existing integration, when the current user may manage it: its owner (still allowed in the channel) or a team or system admin.</summary>
    public async Task EnsureCanManageAsync(string ownerId, string teamId, string channelId, CancellationToken cancellationToken)
    {
        if (await IsTeamAdminAsync(teamId, cancellationToken))
        {
            return;
        }

        if (ownerId == UserId && channelId.Length > 0)
        {
            await ManageableChannelAsync(channelId, cancellationToken);
            return;
        }

        throw AppErrorException.Forbidden("Only the integration's owner and team admins may manage it.");
    }
}
