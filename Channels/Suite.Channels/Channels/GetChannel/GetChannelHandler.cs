using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannel;

internal sealed class GetChannelHandler(ChannelAccess access) : IRequestHandler<GetChannelRequest, Channel>
{
    public Task<Channel> Handle(GetChannelRequest request, CancellationToken cancellationToken) =>
        access.ReadableAsync(request.ChannelId, cancellationToken);
}
