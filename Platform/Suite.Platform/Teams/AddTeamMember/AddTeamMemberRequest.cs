using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.AddTeamMember;

/// <summary>
/// Adds a user to a team. Anyone may join an open team themselves; adding someone else, or joining
/// an invite-only team, takes a team admin or a system admin.
/// </summary>
internal sealed record AddTeamMemberRequest(string TeamId, string UserId) : IRequest<TeamMemberResponse>;
