using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMember;

/// <summary>One user's membership of a team, including a past one (<c>delete_at</c> set); for members of the team and system admins.</summary>
internal sealed record GetTeamMemberRequest(string TeamId, string UserId) : IRequest<TeamMemberResponse>, ITeamScopedRequest;
