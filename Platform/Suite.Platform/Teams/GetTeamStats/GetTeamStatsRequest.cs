using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamStats;

/// <summary>How many members a team has, and how many of them have active accounts.</summary>
internal sealed record GetTeamStatsRequest(string TeamId) : IRequest<TeamStatsResponse>, ITeamScopedRequest;

/// <summary><c>{team_id, total_member_count, active_member_count}</c>.</summary>
internal sealed record TeamStatsResponse(string TeamId, long TotalMemberCount, long ActiveMemberCount);
