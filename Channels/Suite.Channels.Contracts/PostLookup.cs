using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>Reads a post by id, without permission checks; null when there is none or it was deleted.</summary>
public sealed record GetPostInfo(string PostId) : IRequest<PostInfo?>, IAnonymousRequest;

/// <summary>
/// Deletes a post and its replies (soft delete, with Mattermost's <c>post_deleted</c> event) acting as
/// <see cref="ActorId"/>, without permission checks: the calling module decides. Answers false when there
/// is no such post or it was already deleted.
/// </summary>
public sealed record DeletePost : IRequest<bool>, IAnonymousRequest
{
    /// <summary>The post.</summary>
    public required string PostId { get; init; }

    /// <summary>Who deletes it (for example a module's bot).</summary>
    public required string ActorId { get; init; }
}
