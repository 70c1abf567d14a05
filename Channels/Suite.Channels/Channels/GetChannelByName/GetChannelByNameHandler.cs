using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Channels.GetChannelByName;

internal sealed class GetChannelByNameHandler(ChannelStore store, ChannelAccess access, ITeamDirectory teams) : IRequestHandler<GetChannelByNameRequest, Channel>
{
    public async Task<Channel> Handle(GetChannelByNameRequest request, CancellationToken cancellationToken)
    {
        var teamId = request.TeamId ?? await teams.FindIdByNameAsync(request.TeamName!, cancellationToken) ?? throw ChannelErrors.NotFound();
        var channel = await store.FindByNameAsync(teamId, request.ChannelName, cancellationToken);
        if (channel is null || (channel.IsArchived && !request.IncludeDeleted))
        {
            throw ChannelErrors.NotFound();
        }

        await access.EnsureReadableAsync(channel, cancellationToken);
        return channel;
    }
}
