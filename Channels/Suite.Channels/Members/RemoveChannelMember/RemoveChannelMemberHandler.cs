using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.RemoveChannelMember;

internal sealed class RemoveChannelMemberHandler(ChannelStore store, ChannelAccess access, Membership membership, ICurrentUser currentUser)
    : IRequestHandler<RemoveChannelMemberRequest, Unit>
{
    public async Task<Unit> Handle(RemoveChannelMemberRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.Resolve(currentUser, request.UserId);
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        if (channel.Type == ChannelTypes.Direct)
        {
            throw ChannelErrors.WrongType("remove_user");
        }

        if (channel.Name == ChannelNames.TownSquare)
        {
            throw ChannelErrors.DefaultChannel("remove");
        }

        var actor = access.UserId;
        if (userId != actor)
        {
            var actorMember = await store.FindMemberAsync(channel.Id, actor, cancellationToken);
            if (channel.Type == ChannelTypes.Group || !await access.CanManageAsync(channel, actorMember, cancellationToken))
            {
                throw AppErrorException.Forbidden("Only channel, team and system admins may remove other members.");
            }
        }

        if (!await membership.RemoveAsync(channel, userId, actor, cancellationToken))
        {
            throw ChannelErrors.MemberNotFound();
        }

        return Unit.Value;
    }
}
