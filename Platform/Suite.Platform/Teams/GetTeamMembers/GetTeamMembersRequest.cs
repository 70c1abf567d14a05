using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMembers;

/// <summary>A page of a team's active members (members of the team and system admins).</summary>
internal sealed record GetTeamMembersRequest(string TeamId, Paging Paging) : IRequest<IReadOnlyList<TeamMemberResponse>>, ITeamScopedRequest;
