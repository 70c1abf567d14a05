using Suite.Channels.Posts;
using Suite.Channels.Posts.GetChannelPosts;
using Suite.Channels.Posts.GetPost;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web;

/// <summary>An older message a search jumped to, with some context on each side, oldest first.</summary>
internal static class PostsAround
{
    private const int Context = 30;

    /// <summary>The posts around <paramref name="postId"/>; null when it names no readable message of the channel.</summary>
    public static async Task<List<Post>?> LoadAsync(ISender sender, string channelId, string postId)
    {
        Post focus;
        try
        {
            focus = await sender.Send(new GetPostRequest(postId, false));
        }
        catch (AppErrorException)
        {
            return null;
        }

        if (focus.ChannelId != channelId)
        {
            return null;
        }

        var before = await sender.Send(new GetChannelPostsRequest(channelId, 0, Context, postId, "", 0, false));
        var after = await sender.Send(new GetChannelPostsRequest(channelId, 0, Context, "", postId, 0, false));
        return before.Order.Select(id => before.Posts[id]).Reverse()
            .Append(focus)
            .Concat(after.Order.Select(id => after.Posts[id]).Reverse())
            .ToList();
    }
}
