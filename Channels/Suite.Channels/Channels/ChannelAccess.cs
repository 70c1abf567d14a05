using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Channels;

/// <summary>
/// Who may see and change a channel. A public channel is readable by its team's members; a private,
/// direct or group channel only by its members, and to anyone else it does not exist (404).
/// System administrators see everything.
/// </summary>
internal sealed class ChannelAccess(ChannelStore store, ICurrentUser currentUser, ITeamMembership teams)
{
    public string UserId => currentUser.RequireUserId();

    public bool IsSystemAdmin => currentUser.IsSystemAdmin;

    /// <summary>The channel, when the current user may read it.</summary>
    public async Task<Channel> ReadableAsync(string channelId, CancellationToken cancellationToken)
    {
        var channel = await store.FindAsync(channelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        await EnsureReadableAsync(channel, cancellationToken);
        return channel;
    }

    public async Task EnsureReadableAsync(Channel channel, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if (currentUser.IsSystemAdmin)
        {
            return;
        }

        if (channel.Type == ChannelTypes.Open)
        {
            if (await teams.GetRoleAsync(channel.TeamId, userId, cancellationToken) is null)
            {
                throw AppErrorException.Forbidden("Only members of the channel's team may read it.");
            }

            return;
        }

        if (!await store.IsMemberAsync(channel.Id, userId, cancellationToken))
        {
            throw ChannelErrors.NotFound();
        }
    }

    /// <summary>The channel and the current user's membership; a readable channel the user has not joined is 403.</summary>
    public async Task<(Channel Channel, ChannelMember Member)> MembershipAsync(string channelId, CancellationToken cancellationToken)
    {
        var (channel, member) = await store.FindWithMemberAsync(channelId, UserId, cancellationToken);
        if (channel is null)
        {
            throw ChannelErrors.NotFound();
        }

        if (member is not null)
        {
            return (channel, member);
        }

        await EnsureReadableAsync(channel, cancellationToken);
        throw AppErrorException.Forbidden("Only members of the channel may do this.");
    }

    /// <summary>True for the channel's admins, its team's admins and system admins.</summary>
    public async Task<bool> CanManageAsync(Channel channel, ChannelMember? member, CancellationToken cancellationToken)
    {
        if (currentUser.IsSystemAdmin || member is { IsAdmin: true })
        {
            return true;
        }

        return channel.TeamId.Length > 0
            && await teams.GetRoleAsync(channel.TeamId, UserId, cancellationToken) == TeamRole.Admin;
    }

    public async Task<bool> IsTeamMemberAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        await teams.GetRoleAsync(teamId, userId, cancellationToken) is not null;

    public async Task EnsureTeamMemberAsync(string teamId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystemAdmin && !await IsTeamMemberAsync(teamId, UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the team may do this.");
        }
    }
}
