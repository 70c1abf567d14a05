using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.RestoreChannel;

internal sealed class RestoreChannelHandler(ChannelStore store, ChannelAccess access, SystemPosts systemPosts, ChannelEvents events, TimeProvider time)
    : IRequestHandler<RestoreChannelRequest, Channel>
{
    public async Task<Channel> Handle(RestoreChannelRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        if (!channel.IsArchived)
        {
            throw new AppErrorException(400, "api.channel.restore_channel.restored.app_error", "The channel is not archived.");
        }

        var member = await store.FindMemberAsync(channel.Id, access.UserId, cancellationToken);
        if (!await access.CanManageAsync(channel, member, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only channel, team and system admins may unarchive a channel.");
        }

        var restored = await store.UpdateReturningAsync(
            $"UPDATE channels.channels SET delete_at = 0, update_at = @now WHERE id = @id RETURNING {Channel.Columns}",
            new { id = channel.Id, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken) ?? throw ChannelErrors.NotFound();
        await systemPosts.RestoredAsync(channel.Id, access.UserId, cancellationToken);
        await events.ChannelUpdatedAsync(restored, cancellationToken);
        return await store.FindAsync(channel.Id, cancellationToken) ?? restored;
    }
}
