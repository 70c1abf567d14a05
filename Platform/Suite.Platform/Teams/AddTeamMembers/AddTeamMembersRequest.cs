using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.AddTeamMembers;

/// <summary>
/// <c>POST /api/v4/teams/{team_id}/members/batch[?graceful=true]</c> with <c>[{team_id, user_id}, ...]</c>: adds
/// each user as <c>POST .../members</c> would. Without <c>graceful</c> the first refusal ends the batch (those
/// added before it stay); with it, each user's outcome is answered as Mattermost's <c>TeamMemberWithError</c>.
/// </summary>
internal sealed record AddTeamMembersRequest(string TeamId, IReadOnlyList<string> UserIds, bool Graceful) : IRequest<IReadOnlyList<TeamMemberWithError>>;

/// <summary>Mattermost's <c>TeamMemberWithError</c>.</summary>
internal sealed record TeamMemberWithError(string UserId, TeamMemberResponse? Member, AppError? Error);
