using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateMemberRoles;

internal sealed class UpdateMemberRolesHandler(ChannelStore store, ChannelAccess access, ICurrentUser currentUser, ChannelEvents events, TimeProvider time)
    : IRequestHandler<UpdateMemberRolesRequest, Unit>
{
    public async Task<Unit> Handle(UpdateMemberRolesRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.Resolve(currentUser, request.UserId);
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        if (channel.IsDirectOrGroup)
        {
            throw ChannelErrors.WrongType("update_channel_member_roles");
        }

        var actorMember = await store.FindMemberAsync(channel.Id, access.UserId, cancellationToken);
        if (!await access.CanManageAsync(channel, actorMember, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only channel, team and system admins may change channel roles.");
        }

        var roles = MemberRoles.HasAdmin(request.Roles) ? MemberRoles.Admin : MemberRoles.User;
        var updated = await store.ExecuteAsync(
            "UPDATE channels.channel_members SET roles = @roles, last_update_at = @now WHERE channel_id = @channelId AND user_id = @userId",
            new { roles, now = time.GetUtcNow().ToUnixTimeMilliseconds(), channelId = channel.Id, userId },
            cancellationToken);
        if (updated == 0)
        {
            throw ChannelErrors.MemberNotFound();
        }

        if (await store.FindMemberAsync(channel.Id, userId, cancellationToken) is { } member)
        {
            await events.MemberUpdatedAsync(member, cancellationToken);
        }

        return Unit.Value;
    }
}
