using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.ChannelActions;

/// <summary>
/// Who may see and change a channel's actions, as Mattermost's rule: whoever may read the channel sees
/// them (its members; a public channel's team); whoever may manage its properties changes them (its
/// members, as Mattermost's default roles; system admins always). A channel the caller may not read
/// answers 404, as Suite hides what one may not see.
/// </summary>
internal sealed class ChannelActionAccess(ISender sender, ICurrentUser user, ITeamMembership teams)
{
    public async Task<ChannelInfo> ViewableAsync(string channelId, CancellationToken cancellationToken)
    {
        var (channel, _) = await ReadAsync(channelId, cancellationToken);
        return channel;
    }

    public async Task<ChannelInfo> EditableAsync(string channelId, CancellationToken cancellationToken)
    {
        var (channel, member) = await ReadAsync(channelId, cancellationToken);
        if (!member && !user.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only the channel's members may change its actions.");
        }

        return channel;
    }

    private async Task<(ChannelInfo Channel, bool Member)> ReadAsync(string channelId, CancellationToken cancellationToken)
    {
        if (!Ids.IsValid(channelId))
        {
            throw AppErrorException.InvalidUrl("channel_id");
        }

        var channel = await sender.Send(new GetChannelInfo(channelId), cancellationToken) ?? throw NotFound();
        var member = await sender.Send(new IsChannelMember(channelId, user.UserId), cancellationToken);
        var readable = member || user.IsSystemAdmin
            || (channel.Type == "O" && await teams.GetRoleAsync(channel.TeamId, user.UserId, cancellationToken) is not null);
        return readable ? (channel, member) : throw NotFound();
    }

    private static AppErrorException NotFound() => AppErrorException.NotFound("channel");
}
