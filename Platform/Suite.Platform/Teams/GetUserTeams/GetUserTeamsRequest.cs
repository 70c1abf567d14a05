using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetUserTeams;

/// <summary>The teams a user is an active member of (the user or a system admin).</summary>
internal sealed record GetUserTeamsRequest(string UserId) : IRequest<IReadOnlyList<TeamResponse>>, IUserScopedRequest;
