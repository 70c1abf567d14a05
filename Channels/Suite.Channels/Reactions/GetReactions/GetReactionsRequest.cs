using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.GetReactions;

/// <summary><c>GET /api/v4/posts/{post_id}/reactions</c>.</summary>
internal sealed record GetReactionsRequest(string PostId) : IRequest<IReadOnlyList<Reaction>>;
