using Suite.Channels.Channels;
using Suite.Channels.Realtime;

namespace Suite.Channels.Posts.DeletePost;

/// <summary>Soft-deletes a post and its replies, as Mattermost does, and tells the channel.</summary>
internal sealed class PostDeletion(ChannelStore store, ChannelEvents events, TimeProvider time)
{
    public async Task DeleteAsync(Post post, Channel channel, string actorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.ExecuteAsync(
            """
            UPDATE channels.posts SET delete_at = @now, update_at = @now
             WHERE (id = @id OR (root_id <> '' AND root_id = @id)) AND delete_at = 0
            """,
            new { id = post.Id, now },
            cancellationToken);
        await events.PostDeletedAsync(post with { DeleteAt = now, UpdateAt = now }, channel, actorId, cancellationToken);
    }
}
