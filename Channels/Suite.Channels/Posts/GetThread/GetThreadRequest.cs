using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetThread;

/// <summary><c>GET /api/v4/posts/{post_id}/thread</c>: the root and every reply, newest first (the post may be any post of the thread).</summary>
internal sealed record GetThreadRequest(string PostId) : IRequest<PostList>;
