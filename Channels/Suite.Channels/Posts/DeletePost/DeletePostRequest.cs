using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.DeletePost;

/// <summary><c>DELETE /api/v4/posts/{post_id}</c>: soft delete; a root takes its replies with it. The author, channel, team and system admins may delete.</summary>
internal sealed record DeletePostRequest(string PostId) : IRequest<Unit>;
