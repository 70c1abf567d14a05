using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMember;

internal sealed class GetChannelMemberHandler(ChannelStore store, ChannelAccess access, ICurrentUser currentUser) : IRequestHandler<GetChannelMemberRequest, ChannelMember>
{
    public async Task<ChannelMember> Handle(GetChannelMemberRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.Resolve(currentUser, request.UserId);
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        return await store.FindMemberAsync(channel.Id, userId, cancellationToken) ?? throw ChannelErrors.MemberNotFound();
    }
}
