using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Channels.Members;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="AddChannelMember"/> for other modules.</summary>
internal sealed class AddChannelMemberContractHandler(ChannelStore store, Membership membership, ITeamMembership teams) : IRequestHandler<AddChannelMember, ChannelMemberInfo>
{
    public async Task<ChannelMemberInfo> Handle(AddChannelMember request, CancellationToken cancellationToken)
    {
        var channel = await store.FindAsync(request.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        if (channel.IsDirectOrGroup)
        {
            throw ChannelErrors.WrongType("add_user_to_channel");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (await teams.GetRoleAsync(channel.TeamId, request.UserId, cancellationToken) is null)
        {
            throw new AppErrorException(403, "api.channel.add_members.user_denied", "The user is not a member of the channel's team.");
        }

        var members = await membership.AddAsync(channel, [request.UserId], request.ActorId, cancellationToken);
        var member = members.Single();
        return new ChannelMemberInfo(member.ChannelId, member.UserId, member.Roles);
    }
}
