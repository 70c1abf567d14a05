using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetThread;

internal sealed class GetThreadHandler(PostReadAccess reads, PostStore posts) : IRequestHandler<GetThreadRequest, PostList>
{
    public async Task<PostList> Handle(GetThreadRequest request, CancellationToken cancellationToken)
    {
        var (post, _) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        var thread = await posts.ThreadAsync(post.ThreadRootId, cancellationToken);
        return PostList.From(thread) with { HasNext = false };
    }
}
