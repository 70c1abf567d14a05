using Suite.Platform.Mediator;

namespace Suite.Platform.Teams;

/// <summary>
/// <c>GET /api/v4/teams/name/{name}</c>: one team by its URL name (404 when there is none); an invite-only
/// team only for its members and system admins (403 for others).
/// </summary>
/// <param name="Name">The team's URL name.</param>
public sealed record GetTeamByNameRequest(string Name) : IRequest<TeamResponse>;
