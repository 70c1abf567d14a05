using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.UpdateChannelPrivacy;

/// <summary>
/// As Mattermost: channel, team and system admins convert; town square stays public; the channel gets
/// a system message, its members <c>channel_updated</c> and the team <c>channel_converted</c>.
/// </summary>
internal sealed class UpdateChannelPrivacyHandler(ChannelStore store, ChannelAccess access, SystemPosts systemPosts, ChannelEvents events, TimeProvider time)
    : IRequestHandler<UpdateChannelPrivacyRequest, Channel>
{
    public async Task<Channel> Handle(UpdateChannelPrivacyRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        if (channel.IsDirectOrGroup)
        {
            throw ChannelErrors.WrongType("update_channel_privacy");
        }

        var member = await store.FindMemberAsync(channel.Id, access.UserId, cancellationToken);
        if (!await access.CanManageAsync(channel, member, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only channel, team and system admins may convert a channel.");
        }

        if (channel.Name == ChannelNames.TownSquare && request.Privacy == ChannelTypes.Private)
        {
            throw new AppErrorException(400, "api.channel.update_channel_privacy.default_channel_error", "The default channel cannot be made private.");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (channel.Type == request.Privacy)
        {
            return channel;
        }

        var updated = await store.UpdateReturningAsync(
            $"UPDATE channels.channels SET type = @Privacy, update_at = @now WHERE id = @ChannelId RETURNING {Channel.Columns}",
            new { request.ChannelId, request.Privacy, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken) ?? throw ChannelErrors.NotFound();
        await systemPosts.PrivacyChangedAsync(channel.Id, access.UserId, toPrivate: request.Privacy == ChannelTypes.Private, cancellationToken);
        updated = await store.FindAsync(channel.Id, cancellationToken) ?? updated;
        await events.ChannelUpdatedAsync(updated, cancellationToken);
        await events.ChannelConvertedAsync(updated, cancellationToken);
        return updated;
    }
}
