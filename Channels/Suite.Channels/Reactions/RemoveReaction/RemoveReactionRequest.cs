using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.RemoveReaction;

/// <summary><c>DELETE /api/v4/users/{user_id}/posts/{post_id}/reactions/{emoji_name}</c>: one's own reaction (system admins: anyone's).</summary>
internal sealed record RemoveReactionRequest(string UserId, string PostId, string EmojiName) : IRequest<Unit>;
