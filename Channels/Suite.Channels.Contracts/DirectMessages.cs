using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// Posts <see cref="Message"/> in the direct message channel of <see cref="FromUserId"/> (usually a
/// module's bot) and <see cref="ToUserId"/>, creating the channel on first use; the recipient is
/// notified as for any direct message. Both users must exist.
/// </summary>
public sealed record SendDirectMessage : IRequest<PostInfo>, IAnonymousRequest
{
    /// <summary>The author.</summary>
    public required string FromUserId { get; init; }

    /// <summary>The recipient.</summary>
    public required string ToUserId { get; init; }

    /// <summary>Markdown, at most 16,383 characters.</summary>
    public required string Message { get; init; }

    /// <summary>Post props as a JSON object; null for none.</summary>
    public string? PropsJson { get; init; }
}
