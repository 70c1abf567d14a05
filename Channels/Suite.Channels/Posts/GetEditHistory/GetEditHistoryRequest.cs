using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetEditHistory;

/// <summary>
/// <c>GET /api/v4/posts/{post_id}/edit_history</c>: the post's earlier versions, newest first, each a post
/// whose <c>original_id</c> is the edited post and whose <c>delete_at</c> is when an edit replaced it.
/// </summary>
internal sealed record GetEditHistoryRequest(string PostId) : IRequest<IReadOnlyList<Post>>;
