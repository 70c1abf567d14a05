using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByUsername;

/// <summary>One user by username (case-insensitive, as usernames are stored lower-case).</summary>
internal sealed record GetUserByUsernameRequest(string Username) : IRequest<UserResponse>;
