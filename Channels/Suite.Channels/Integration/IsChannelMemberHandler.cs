using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="IsChannelMember"/> for other modules.</summary>
internal sealed class IsChannelMemberHandler(ChannelStore store) : IRequestHandler<IsChannelMember, bool>
{
    public async Task<bool> Handle(IsChannelMember request, CancellationToken cancellationToken) =>
        Ids.IsValid(request.ChannelId) && Ids.IsValid(request.UserId) && await store.IsMemberAsync(request.ChannelId, request.UserId, cancellationToken);
}
