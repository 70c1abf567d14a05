using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.GetUserStatusesByIds;

/// <summary><c>POST /api/v4/users/status/ids</c>: the statuses of these users; unknown ids are left out.</summary>
internal sealed record GetUserStatusesByIdsRequest(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<UserStatus>>;
