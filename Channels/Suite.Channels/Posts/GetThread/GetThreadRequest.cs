using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetThread;

/// <summary>
/// <c>GET /api/v4/posts/{post_id}/thread</c>: the post, and its thread's root and replies, newest first
/// (the post may be any post of the thread). <see cref="Paging"/> holds Mattermost's paging parameters.
/// </summary>
internal sealed record GetThreadRequest(string PostId, ThreadPaging Paging) : IRequest<PostList>
{
    public GetThreadRequest(string postId)
        : this(postId, ThreadPaging.Everything)
    {
    }
}
