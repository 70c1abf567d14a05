using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeams;

/// <summary>A page of teams by display name: every team for system admins, otherwise open teams and the user's own.</summary>
internal sealed record GetTeamsRequest(Paging Paging) : IRequest<TeamsPage>;

/// <summary>A page of teams and how many there are in all; <c>{teams, total_count}</c> when the client asks for the count.</summary>
internal sealed record TeamsPage(IReadOnlyList<TeamResponse> Teams, long TotalCount);
