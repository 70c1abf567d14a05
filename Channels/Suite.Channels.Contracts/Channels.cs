using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// Creates a public (<c>O</c>) or private (<c>P</c>) channel in a team, with
/// <see cref="CreatorId"/> as its first member and channel admin. Sent by modules (for example
/// Playbooks opening a run's channel); the creator must be a member of the team. A taken name
/// fails with 400 unless <see cref="ReturnExisting"/> is set.
/// </summary>
public sealed record CreateChannel : IRequest<ChannelInfo>, IAnonymousRequest
{
    /// <summary>The team the channel belongs to.</summary>
    public required string TeamId { get; init; }

    /// <summary>The URL name: lower-case letters, digits, '-' and '_', at most 64 characters.</summary>
    public required string Name { get; init; }

    /// <summary>The name people see, 1 to 64 characters.</summary>
    public required string DisplayName { get; init; }

    /// <summary><c>O</c> (public) or <c>P</c> (private).</summary>
    public string Type { get; init; } = "O";

    /// <summary>The channel's purpose, at most 250 characters.</summary>
    public string Purpose { get; init; } = "";

    /// <summary>The channel's header, at most 1024 characters.</summary>
    public string Header { get; init; } = "";

    /// <summary>The user (or bot) creating the channel.</summary>
    public required string CreatorId { get; init; }

    /// <summary>When the name is taken in the team, answer that channel instead of failing.</summary>
    public bool ReturnExisting { get; init; }
}

/// <summary>
/// Adds a user to a team channel, with Mattermost's system message, acting as
/// <see cref="ActorId"/> (the user themselves for a join). The user must be a member of the
/// channel's team. Adding a member twice changes nothing.
/// </summary>
public sealed record AddChannelMember : IRequest<ChannelMemberInfo>, IAnonymousRequest
{
    /// <summary>The channel.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The user to add.</summary>
    public required string UserId { get; init; }

    /// <summary>Who adds them.</summary>
    public required string ActorId { get; init; }
}

/// <summary>
/// Removes a user from a team channel, with Mattermost's system message, acting as
/// <see cref="ActorId"/>. Removing someone who is not a member changes nothing and answers false.
/// </summary>
public sealed record RemoveChannelMember : IRequest<bool>, IAnonymousRequest
{
    /// <summary>The channel.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The user to remove.</summary>
    public required string UserId { get; init; }

    /// <summary>Who removes them.</summary>
    public required string ActorId { get; init; }
}

/// <summary>Reads a channel by id, without permission checks; null when there is none.</summary>
public sealed record GetChannelInfo(string ChannelId) : IRequest<ChannelInfo?>, IAnonymousRequest;

/// <summary>True when the user is a member of the channel; false for an unknown channel or user.</summary>
public sealed record IsChannelMember(string ChannelId, string UserId) : IRequest<bool>, IAnonymousRequest;

/// <summary>A channel, as other modules see it.</summary>
/// <param name="Id">The channel's id.</param>
/// <param name="TeamId">Its team; empty for direct and group channels.</param>
/// <param name="Type"><c>O</c>, <c>P</c>, <c>D</c> or <c>G</c>.</param>
/// <param name="Name">The URL name.</param>
/// <param name="DisplayName">The name people see.</param>
/// <param name="CreatorId">Who created it.</param>
/// <param name="CreateAt">Creation time, in Unix milliseconds.</param>
/// <param name="DeleteAt">Archive time, 0 when not archived.</param>
public sealed record ChannelInfo(string Id, string TeamId, string Type, string Name, string DisplayName, string CreatorId, long CreateAt, long DeleteAt);

/// <summary>A membership, as other modules see it.</summary>
/// <param name="ChannelId">The channel.</param>
/// <param name="UserId">The member.</param>
/// <param name="Roles">Mattermost's role string, for example <c>channel_user channel_admin</c>.</param>
public sealed record ChannelMemberInfo(string ChannelId, string UserId, string Roles);
