namespace Suite.Platform.Realtime;

/// <summary>
/// Who receives a realtime event, in the shape of Mattermost's <c>broadcast</c> object. The
/// fields are checked in Mattermost's order: <see cref="ConnectionId"/>, then
/// <see cref="OmitConnectionId"/>, then <see cref="UserId"/> (that user only, ignoring
/// <see cref="OmitUsers"/>), then <see cref="OmitUsers"/>, then the audience:
/// <see cref="UserIds"/> when given, else the members of <see cref="ChannelId"/>, else the
/// members of <see cref="TeamId"/>, else every connected user.
/// </summary>
public sealed record Broadcast
{
    /// <summary>Every connected user.</summary>
    public static Broadcast Everyone { get; } = new();

    /// <summary>Only this user's connections (<c>user_id</c>).</summary>
    public string UserId { get; init; } = "";

    /// <summary>
    /// The channel the event is about (<c>channel_id</c>). Without <see cref="UserIds"/>, its
    /// members are resolved through <see cref="IChannelAudience"/>.
    /// </summary>
    public string ChannelId { get; init; } = "";

    /// <summary>
    /// The team the event is about (<c>team_id</c>). Without <see cref="UserIds"/> or
    /// <see cref="ChannelId"/>, its members are resolved through <see cref="ITeamAudience"/>.
    /// </summary>
    public string TeamId { get; init; } = "";

    /// <summary>Users who must not receive the event (<c>omit_users</c>); null for none.</summary>
    public IReadOnlyCollection<string>? OmitUsers { get; init; }

    /// <summary>Only this WebSocket connection (<c>connection_id</c>).</summary>
    public string ConnectionId { get; init; } = "";

    /// <summary>Every connection but this one (<c>omit_connection_id</c>), for example the sender's own tab.</summary>
    public string OmitConnectionId { get; init; } = "";

    /// <summary>
    /// The recipients, already resolved by the caller (for example a channel's members from the
    /// channel's grain). Not sent to clients. When set, <see cref="ChannelId"/> and
    /// <see cref="TeamId"/> only describe the event and are not resolved again.
    /// </summary>
    public IReadOnlyCollection<string>? UserIds { get; init; }

    /// <summary>One user's connections.</summary>
    public static Broadcast ToUser(string userId) => new() { UserId = userId };

    /// <summary>These users' connections.</summary>
    public static Broadcast ToUsers(IReadOnlyCollection<string> userIds) => new() { UserIds = userIds };

    /// <summary>A channel's members: <paramref name="memberIds"/> when the caller knows them, else resolved through <see cref="IChannelAudience"/>.</summary>
    public static Broadcast ToChannel(string channelId, IReadOnlyCollection<string>? memberIds = null) =>
        new() { ChannelId = channelId, UserIds = memberIds };

    /// <summary>A team's members: <paramref name="memberIds"/> when the caller knows them, else resolved through <see cref="ITeamAudience"/>.</summary>
    public static Broadcast ToTeam(string teamId, IReadOnlyCollection<string>? memberIds = null) =>
        new() { TeamId = teamId, UserIds = memberIds };
}
