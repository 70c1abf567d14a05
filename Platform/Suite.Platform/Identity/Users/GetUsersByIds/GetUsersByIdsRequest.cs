using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByIds;

/// <summary>The users with the given ids; unknown ids are skipped.</summary>
internal sealed record GetUsersByIdsRequest(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<UserResponse>>;
