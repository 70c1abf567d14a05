using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Channels.Members;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="RemoveChannelMember"/> for other modules.</summary>
internal sealed class RemoveChannelMemberContractHandler(ChannelStore store, Membership membership) : IRequestHandler<RemoveChannelMember, bool>
{
    public async Task<bool> Handle(RemoveChannelMember request, CancellationToken cancellationToken)
    {
        var channel = await store.FindAsync(request.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        if (channel.IsDirectOrGroup)
        {
            throw ChannelErrors.WrongType("remove_user_from_channel");
        }

        return await membership.RemoveAsync(channel, request.UserId, request.ActorId, cancellationToken);
    }
}
