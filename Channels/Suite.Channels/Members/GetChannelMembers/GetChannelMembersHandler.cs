using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMembers;

internal sealed class GetChannelMembersHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<GetChannelMembersRequest, IReadOnlyList<ChannelMember>>
{
    public async Task<IReadOnlyList<ChannelMember>> Handle(GetChannelMembersRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        return request.UserIds is null
            ? await store.MembersAsync(channel.Id, request.Page * request.PerPage, request.PerPage, cancellationToken)
            : await store.MembersByIdsAsync(channel.Id, request.UserIds, cancellationToken);
    }
}
