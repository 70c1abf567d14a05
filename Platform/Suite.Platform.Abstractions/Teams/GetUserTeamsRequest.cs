using Suite.Platform.Mediator;

namespace Suite.Platform.Teams;

/// <summary><c>GET /api/v4/users/{user_id}/teams</c>: the teams a user is an active member of (asked by the user or a system admin).</summary>
/// <param name="UserId">The user.</param>
public sealed record GetUserTeamsRequest(string UserId) : IRequest<IReadOnlyList<TeamResponse>>, IUserScopedRequest;
