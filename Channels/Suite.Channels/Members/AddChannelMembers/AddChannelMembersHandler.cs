using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.AddChannelMembers;

internal sealed class AddChannelMembersHandler(ChannelStore store, ChannelAccess access, Membership membership, IUserDirectory users)
    : IRequestHandler<AddChannelMembersRequest, IReadOnlyList<ChannelMember>>
{
    public async Task<IReadOnlyList<ChannelMember>> Handle(AddChannelMembersRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        var actor = access.UserId;
        if (channel.IsDirectOrGroup)
        {
            throw new AppErrorException(400, "api.channel.add_user_to_channel.type.app_error", "Can not add a user to this channel type.");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        var userIds = request.UserIds.Distinct().ToList();
        var joiningPublic = channel.Type == ChannelTypes.Open && userIds is [var only] && only == actor;
        if (!joiningPublic && !await store.IsMemberAsync(channel.Id, actor, cancellationToken) && !await access.CanManageAsync(channel, null, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may add others to it.");
        }

        await EnsureAddableAsync(channel, userIds, cancellationToken);
        return await membership.AddAsync(channel, userIds, actor, cancellationToken);
    }

    private async Task EnsureAddableAsync(Channel channel, List<string> userIds, CancellationToken cancellationToken)
    {
        var found = (await users.FindByIdsAsync(userIds, cancellationToken)).ToDictionary(u => u.Id);
        foreach (var userId in userIds)
        {
            if (!found.TryGetValue(userId, out var user) || user.IsDeleted)
            {
                throw new AppErrorException(400, "api.channel.add_user.to.channel.failed.deleted.app_error", "Failed to add user to channel because they do not exist or were deactivated.");
            }

            if (!await access.IsTeamMemberAsync(channel.TeamId, userId, cancellationToken))
            {
                throw new AppErrorException(403, "api.channel.add_members.user_denied", "The user is not a member of the channel's team.");
            }
        }
    }
}
