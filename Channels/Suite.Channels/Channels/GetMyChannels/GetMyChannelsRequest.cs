using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetMyChannels;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/teams/{team_id}/channels</c> (the user's channels in a team,
/// with their direct and group channels) and <c>GET /api/v4/users/{user_id}/channels</c> (all of them, in
/// every team). Archived channels come with <c>include_deleted</c>, only those archived after
/// <c>last_delete_at</c> when given, as Mattermost answers a client that already has the older ones.
/// </summary>
internal sealed record GetMyChannelsRequest(string UserId, string? TeamId, bool IncludeDeleted, long LastDeleteAt = 0) : IRequest<IReadOnlyList<Channel>>;
