using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.RemoveTeamMember;

/// <summary>Removes a user from a team: anyone may leave; removing someone else takes a team admin or a system admin.</summary>
internal sealed record RemoveTeamMemberRequest(string TeamId, string UserId) : IRequest<Unit>;
