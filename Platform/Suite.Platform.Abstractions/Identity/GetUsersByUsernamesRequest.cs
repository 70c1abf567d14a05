using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary><c>POST /api/v4/users/usernames</c>: the users with the given usernames (1 to 1,000); unknown names are skipped.</summary>
/// <param name="Usernames">The usernames, in any case.</param>
public sealed record GetUsersByUsernamesRequest(IReadOnlyList<string> Usernames) : IRequest<IReadOnlyList<UserResponse>>;
