using Suite.Channels.Channels;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.PinPost;

internal sealed class PinPostHandler(PostReadAccess reads, PostStore posts, ChannelStore store, ChannelAccess access, ChannelEvents events, TimeProvider time)
    : IRequestHandler<PinPostRequest, Unit>
{
    public async Task<Unit> Handle(PinPostRequest request, CancellationToken cancellationToken)
    {
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (!access.IsSystemAdmin && !await store.IsMemberAsync(channel.Id, access.UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may pin posts.");
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (post.IsPinned != request.Pinned)
        {
            await store.ExecuteAsync(
                "UPDATE channels.posts SET is_pinned = @pinned, update_at = @now WHERE id = @id AND delete_at = 0",
                new { id = post.Id, pinned = request.Pinned, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken);
            var updated = await posts.FindAsync(post.Id, includeDeleted: false, cancellationToken) ?? throw PostErrors.NotFound();
            await events.PostEditedAsync(updated, channel, cancellationToken);
        }

        return Unit.Value;
    }
}
