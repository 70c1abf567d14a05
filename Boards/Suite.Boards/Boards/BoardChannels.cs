using Suite.Boards.Api;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards;

/// <summary>Linking a board to a channel: the channel must be a live channel of the board's team, and the user one of its members.</summary>
internal sealed class BoardChannels(ISender sender)
{
    public async Task RequireLinkableAsync(string teamId, string channelId, string userId, CancellationToken cancellationToken)
    {
        var channel = await sender.Send(new GetChannelInfo(channelId), cancellationToken);
        if (channel is null || channel.TeamId != teamId || channel.DeleteAt != 0 || !await sender.Send(new IsChannelMember(channelId, userId), cancellationToken))
        {
            throw BoardsErrors.Forbidden("access denied to channel");
        }
    }
}
