using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="GetChannelInfo"/> for other modules.</summary>
internal sealed class GetChannelInfoHandler(ChannelStore store) : IRequestHandler<GetChannelInfo, ChannelInfo?>
{
    public async Task<ChannelInfo?> Handle(GetChannelInfo request, CancellationToken cancellationToken) =>
        Ids.IsValid(request.ChannelId) && await store.FindAsync(request.ChannelId, cancellationToken) is { } channel ? ContractMapping.ToInfo(channel) : null;
}
