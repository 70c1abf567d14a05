using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="GetChannelPostCount"/> for other modules.</summary>
internal sealed class GetChannelPostCountHandler(ChannelStore store) : IRequestHandler<GetChannelPostCount, long>
{
    public async Task<long> Handle(GetChannelPostCount request, CancellationToken cancellationToken) =>
        Ids.IsValid(request.ChannelId) && await store.FindAsync(request.ChannelId, cancellationToken) is { } channel ? channel.TotalMsgCount : 0;
}
