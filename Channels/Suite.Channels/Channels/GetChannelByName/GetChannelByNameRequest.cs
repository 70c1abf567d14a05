using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannelByName;

/// <summary>
/// <c>GET /api/v4/teams/{team_id}/channels/name/{channel_name}</c> and, with the team's name instead
/// of its id, <c>GET /api/v4/teams/name/{team_name}/channels/name/{channel_name}</c>.
/// </summary>
internal sealed record GetChannelByNameRequest(string? TeamId, string? TeamName, string ChannelName, bool IncludeDeleted) : IRequest<Channel>;
