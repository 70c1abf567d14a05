using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.ArchiveChannel;

internal sealed class ArchiveChannelHandler(ChannelStore store, ChannelAccess access, SystemPosts systemPosts, ChannelEvents events, TimeProvider time)
    : IRequestHandler<ArchiveChannelRequest, Unit>
{
    public async Task<Unit> Handle(ArchiveChannelRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        if (channel.IsDirectOrGroup)
        {
            throw ChannelErrors.WrongType("delete_channel");
        }

        if (channel.Name == ChannelNames.TownSquare)
        {
            throw ChannelErrors.DefaultChannel("delete_channel");
        }

        if (channel.IsArchived)
        {
            throw new AppErrorException(400, "api.channel.delete_channel.deleted.app_error", "The channel has been archived or deleted.");
        }

        var member = await store.FindMemberAsync(channel.Id, access.UserId, cancellationToken);
        if (member is null && !await access.CanManageAsync(channel, null, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may archive it.");
        }

        await systemPosts.ArchivedAsync(channel.Id, access.UserId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var archived = await store.UpdateReturningAsync(
            $"UPDATE channels.channels SET delete_at = @now, update_at = @now WHERE id = @id RETURNING {Channel.Columns}",
            new { id = channel.Id, now },
            cancellationToken) ?? throw ChannelErrors.NotFound();
        await events.ChannelDeletedAsync(archived, cancellationToken);
        return Unit.Value;
    }
}
