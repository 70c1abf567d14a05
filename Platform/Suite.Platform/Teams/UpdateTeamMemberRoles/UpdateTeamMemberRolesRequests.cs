using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.UpdateTeamMemberRoles;

/// <summary>
/// <c>PUT /api/v4/teams/{team_id}/members/{user_id}/roles</c> with <c>{"roles": "team_user team_admin"}</c>
/// and <c>PUT .../schemeRoles</c> with <c>{"scheme_user": true, "scheme_admin": true}</c>, both said here as
/// whether the member is a team admin; team and system admins only.
/// </summary>
internal sealed record UpdateTeamMemberRolesRequest(string TeamId, string UserId, bool Admin) : IRequest<Unit>, ITeamAdminRequest;

/// <summary>The <c>/roles</c> body.</summary>
internal sealed record TeamMemberRolesBody(string? Roles);

/// <summary>The <c>/schemeRoles</c> body; absent flags are false, as in Mattermost.</summary>
internal sealed record TeamMemberSchemeRolesBody(bool SchemeAdmin, bool SchemeUser, bool SchemeGuest);
