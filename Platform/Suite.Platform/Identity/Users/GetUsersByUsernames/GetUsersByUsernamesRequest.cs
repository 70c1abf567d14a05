using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByUsernames;

/// <summary>The users with the given usernames; unknown names are skipped.</summary>
internal sealed record GetUsersByUsernamesRequest(IReadOnlyList<string> Usernames) : IRequest<IReadOnlyList<UserResponse>>;
