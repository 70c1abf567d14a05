using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsers;

/// <summary>A page of users by username.</summary>
internal sealed record GetUsersRequest(Paging Paging) : IRequest<IReadOnlyList<UserResponse>>;
