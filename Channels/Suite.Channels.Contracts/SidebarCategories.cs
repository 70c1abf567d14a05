using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// Files a team channel under the user's sidebar category of <see cref="CategoryName"/> in the channel's team, as
/// Mattermost's Playbooks does for a run's channel: the category (its name matched regardless of case) is created
/// when the user has none, and the channel leaves the user's other categories there. Does nothing for a user who is
/// not a member of the channel, or for a channel without a team. Answers the category's id, or an empty string when
/// nothing was done. The user sees the change live (<c>sidebar_category_created</c> or <c>_updated</c>).
/// </summary>
public sealed record CategorizeChannel : IRequest<string>, IAnonymousRequest
{
    /// <summary>Whose sidebar.</summary>
    public required string UserId { get; init; }

    /// <summary>The channel to file.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The category's name, 1 to 64 characters.</summary>
    public required string CategoryName { get; init; }
}
