using Suite.Channels.Channels;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.DeletePost;

internal sealed class DeletePostHandler(PostReadAccess reads, ChannelStore store, ChannelAccess access, ChannelEvents events, TimeProvider time)
    : IRequestHandler<DeletePostRequest, Unit>
{
    public async Task<Unit> Handle(DeletePostRequest request, CancellationToken cancellationToken)
    {
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        var actor = access.UserId;
        if (post.UserId != actor)
        {
            var member = await store.FindMemberAsync(channel.Id, actor, cancellationToken);
            if (!await access.CanManageAsync(channel, member, cancellationToken))
            {
                throw AppErrorException.Forbidden("Only the author and channel, team or system admins may delete a post.");
            }
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.ExecuteAsync(
            """
            UPDATE channels.posts SET delete_at = @now, update_at = @now
             WHERE (id = @id OR (root_id <> '' AND root_id = @id)) AND delete_at = 0
            """,
            new { id = post.Id, now },
            cancellationToken);
        await events.PostDeletedAsync(post with { DeleteAt = now, UpdateAt = now }, channel, actor, cancellationToken);
        return Unit.Value;
    }
}
