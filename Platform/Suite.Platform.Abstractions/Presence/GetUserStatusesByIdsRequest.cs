using Suite.Platform.Mediator;

namespace Suite.Platform.Presence;

/// <summary><c>POST /api/v4/users/status/ids</c>: the statuses of these users (1 to 1,000 ids); unknown ids are left out.</summary>
/// <param name="UserIds">The users' ids.</param>
public sealed record GetUserStatusesByIdsRequest(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<UserStatus>>;
