using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>
/// <c>POST /api/v4/users/ids</c>: the users with these ids (1 to 1,000), deactivated ones included,
/// ordered by username; unknown ids are left out.
/// </summary>
/// <param name="UserIds">The users' ids.</param>
public sealed record GetUsersByIdsRequest(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<UserResponse>>;
