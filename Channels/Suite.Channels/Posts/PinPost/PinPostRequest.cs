using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.PinPost;

/// <summary><c>POST /api/v4/posts/{post_id}/pin</c> and <c>/unpin</c>: channel members may pin.</summary>
internal sealed record PinPostRequest(string PostId, bool Pinned) : IRequest<Unit>;
