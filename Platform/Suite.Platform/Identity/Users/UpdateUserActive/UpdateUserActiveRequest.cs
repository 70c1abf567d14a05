using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.UpdateUserActive;

/// <summary><c>PUT /users/{id}/active</c>: a system admin deactivates or reactivates an account.</summary>
internal sealed record UpdateUserActiveRequest(string UserId, bool Active) : IRequest<Unit>, ISystemAdminRequest;
