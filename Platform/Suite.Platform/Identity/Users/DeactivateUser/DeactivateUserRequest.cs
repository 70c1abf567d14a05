using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.DeactivateUser;

/// <summary><c>DELETE /users/{id}</c>: deactivates the account (the user themselves or a system admin).</summary>
internal sealed record DeactivateUserRequest(string UserId) : IRequest<Unit>, IUserScopedRequest;
