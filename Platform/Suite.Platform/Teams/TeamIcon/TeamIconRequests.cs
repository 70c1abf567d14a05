using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamIcon;

/// <summary><c>GET /api/v4/teams/{team_id}/image</c>: the team's icon as PNG, for those who may see the team; 404 while it has none.</summary>
internal sealed record GetTeamIconRequest(string TeamId) : IRequest<byte[]>;

/// <summary><c>POST /api/v4/teams/{team_id}/image</c> (multipart, <c>image</c>): a new icon, stored as a 128-pixel square PNG; team and system admins.</summary>
internal sealed record SetTeamIconRequest(string TeamId, byte[]? Image) : IRequest<Unit>, ITeamAdminRequest;

/// <summary><c>DELETE /api/v4/teams/{team_id}/image</c>: the team goes back to showing its initials; team and system admins.</summary>
internal sealed record RemoveTeamIconRequest(string TeamId) : IRequest<Unit>, ITeamAdminRequest;
