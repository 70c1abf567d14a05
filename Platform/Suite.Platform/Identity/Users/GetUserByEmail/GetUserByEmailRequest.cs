using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByEmail;

/// <summary><c>GET /api/v4/users/email/{email}</c>: one user by email (case-insensitive, as emails are stored lower-case).</summary>
internal sealed record GetUserByEmailRequest(string Email) : IRequest<UserResponse>;
