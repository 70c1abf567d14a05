using Suite.Channels.Channels;

namespace Suite.Channels.Posts;

/// <summary>A post and its channel, when the current user may read the channel; a post in a channel they cannot see does not exist for them.</summary>
internal sealed class PostReadAccess(PostStore posts, ChannelStore channels, ChannelAccess access)
{
    public async Task<(Post Post, Channel Channel)> ReadableAsync(string postId, bool includeDeleted, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, includeDeleted, cancellationToken) ?? throw PostErrors.NotFound();
        var channel = await channels.FindAsync(post.ChannelId, cancellationToken) ?? throw PostErrors.NotFound();
        try
        {
            await access.EnsureReadableAsync(channel, cancellationToken);
        }
        catch (Suite.Platform.Errors.AppErrorException ex) when (ex.Error.StatusCode == 404)
        {
            throw PostErrors.NotFound();
        }

        return (post, channel);
    }
}
