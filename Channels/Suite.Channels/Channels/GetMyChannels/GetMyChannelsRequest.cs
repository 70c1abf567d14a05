using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetMyChannels;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/teams/{team_id}/channels</c> (the user's channels in a team,
/// with their direct and group channels) and <c>GET /api/v4/users/{user_id}/channels</c> (all of them).
/// </summary>
internal sealed record GetMyChannelsRequest(string UserId, string? TeamId, bool IncludeDeleted) : IRequest<IReadOnlyList<Channel>>;
