using Npgsql;
using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.PatchChannel;

internal sealed class PatchChannelHandler(ChannelStore store, ChannelAccess access, SystemPosts systemPosts, ChannelEvents events, TimeProvider time)
    : IRequestHandler<PatchChannelRequest, Channel>
{
    public async Task<Channel> Handle(PatchChannelRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        var member = await store.FindMemberAsync(channel.Id, access.UserId, cancellationToken);
        if (member is null && !await access.CanManageAsync(channel, null, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may change it.");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (channel.IsDirectOrGroup && (request.Name is not null || (channel.Type == ChannelTypes.Direct && request.DisplayName is not null)))
        {
            throw new AppErrorException(400, "api.channel.patch_update_channel.forbidden.app_error", "The name of a direct or group message channel cannot change.");
        }

        if (channel.Name == ChannelNames.TownSquare && request.Name is not null && request.Name != channel.Name)
        {
            throw ChannelErrors.DefaultChannel("rename");
        }

        Channel updated;
        try
        {
            updated = await store.UpdateReturningAsync(
                $"""
                UPDATE channels.channels SET name = COALESCE(@Name, name), display_name = COALESCE(@DisplayName, display_name),
                       purpose = COALESCE(@Purpose, purpose), header = COALESCE(@Header, header), update_at = @now
                 WHERE id = @ChannelId RETURNING {Channel.Columns}
                """,
                new { request.ChannelId, request.Name, request.DisplayName, request.Purpose, request.Header, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken) ?? throw ChannelErrors.NotFound();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw ChannelErrors.NameTaken();
        }

        var actor = access.UserId;
        if (updated.DisplayName != channel.DisplayName)
        {
            await systemPosts.ChangedAsync(channel.Id, actor, "displayname", channel.DisplayName, updated.DisplayName, cancellationToken);
        }

        if (updated.Purpose != channel.Purpose)
        {
            await systemPosts.ChangedAsync(channel.Id, actor, "purpose", channel.Purpose, updated.Purpose, cancellationToken);
        }

        if (updated.Header != channel.Header)
        {
            await systemPosts.ChangedAsync(channel.Id, actor, "header", channel.Header, updated.Header, cancellationToken);
        }

        updated = await store.FindAsync(channel.Id, cancellationToken) ?? updated;
        await events.ChannelUpdatedAsync(updated, cancellationToken);
        return updated;
    }
}
