using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.DeleteTeam;

/// <summary>
/// <c>DELETE /api/v4/teams/{team_id}[?permanent=true]</c>: archives the team (team and system admins), or with
/// <c>permanent</c> removes it and everything modules keep for it (system admins only).
/// </summary>
internal sealed record DeleteTeamRequest(string TeamId, bool Permanent) : IRequest<Unit>, ITeamAdminRequest;
