using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.PatchTeam;

/// <summary>
/// <c>PUT /api/v4/teams/{team_id}/patch</c>: the fields the body names change, the others stay
/// (Mattermost's <c>TeamPatch</c>); team admins and system admins only.
/// </summary>
internal sealed record PatchTeamRequest(string TeamId, TeamPatch Patch) : IRequest<TeamResponse>, ITeamAdminRequest;

/// <summary>Mattermost's <c>TeamPatch</c>: null means "leave as it is".</summary>
internal sealed record TeamPatch
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? CompanyName { get; init; }
    public string? AllowedDomains { get; init; }
    public bool? AllowOpenInvite { get; init; }
}
