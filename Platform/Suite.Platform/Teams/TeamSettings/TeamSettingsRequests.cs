using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamSettings;

/// <summary>
/// <c>PUT /api/v4/teams/{team_id}/privacy</c> (<c>{privacy: "O" | "I"}</c>): open or invite-only, with
/// <c>allow_open_invite</c> following; team admins and system admins only.
/// </summary>
internal sealed record UpdateTeamPrivacyRequest(string TeamId, string Privacy) : IRequest<TeamResponse>, ITeamAdminRequest;

/// <summary><c>POST /api/v4/teams/{team_id}/regenerate_invite_id</c>: a new invite id, so old invite links stop working.</summary>
internal sealed record RegenerateInviteIdRequest(string TeamId) : IRequest<TeamResponse>, ITeamAdminRequest;
