using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.AddReaction;

/// <summary><c>POST /api/v4/reactions</c>: the caller reacts to a post in a channel they belong to.</summary>
internal sealed record AddReactionRequest : IRequest<Reaction>
{
    public string UserId { get; init; } = "";
    public string PostId { get; init; } = "";
    public string EmojiName { get; init; } = "";
}
