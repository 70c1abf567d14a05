using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPost;

/// <summary><c>GET /api/v4/posts/{post_id}</c>; <c>include_deleted</c> is honoured for system admins only.</summary>
internal sealed record GetPostRequest(string PostId, bool IncludeDeleted) : IRequest<Post>;
