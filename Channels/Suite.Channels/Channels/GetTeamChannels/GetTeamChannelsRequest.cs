using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetTeamChannels;

/// <summary>
/// <c>GET /api/v4/teams/{team_id}/channels</c> (the team's public channels) and
/// <c>GET /api/v4/teams/{team_id}/channels/deleted</c> (its archived public channels and the archived
/// private channels the caller belongs to), sorted by display name.
/// </summary>
internal sealed record GetTeamChannelsRequest(string TeamId, bool Archived, int Page, int PerPage) : IRequest<IReadOnlyList<Channel>>;
