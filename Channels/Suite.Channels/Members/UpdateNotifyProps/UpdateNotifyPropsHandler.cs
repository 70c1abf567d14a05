using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Realtime;
using Suite.Channels.Storage;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateNotifyProps;

internal sealed class UpdateNotifyPropsHandler(ChannelStore store, ChannelAccess access, ICurrentUser currentUser, ChannelEvents events, TimeProvider time)
    : IRequestHandler<UpdateNotifyPropsRequest, Unit>
{
    public async Task<Unit> Handle(UpdateNotifyPropsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        var updated = await store.ExecuteAsync(
            """
            WITH m AS (
                UPDATE channels.channel_members SET notify_props = notify_props || @props, last_update_at = @now
                 WHERE channel_id = @channelId AND user_id = @userId RETURNING channel_id)
            UPDATE channels.channels SET member_version = member_version + 1 WHERE id IN (SELECT channel_id FROM m)
            """,
            new { props = Jsonb.From(request.NotifyProps), now = time.GetUtcNow().ToUnixTimeMilliseconds(), channelId = channel.Id, userId },
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
