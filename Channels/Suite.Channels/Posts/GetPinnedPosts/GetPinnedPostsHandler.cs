using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPinnedPosts;

internal sealed class GetPinnedPostsHandler(ChannelAccess access, PostStore posts) : IRequestHandler<GetPinnedPostsRequest, PostList>
{
    public async Task<PostList> Handle(GetPinnedPostsRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        return PostList.From(await posts.PinnedAsync(channel.Id, cancellationToken));
    }
}
