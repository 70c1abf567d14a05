using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUser;

/// <summary>One user by id; deactivated users are returned with their <c>delete_at</c>.</summary>
internal sealed record GetUserRequest(string UserId) : IRequest<UserResponse>;
