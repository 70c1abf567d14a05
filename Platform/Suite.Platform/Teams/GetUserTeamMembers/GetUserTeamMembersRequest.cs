using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetUserTeamMembers;

/// <summary>A user's active team memberships (the user or a system admin).</summary>
internal sealed record GetUserTeamMembersRequest(string UserId) : IRequest<IReadOnlyList<TeamMemberResponse>>, IUserScopedRequest;
