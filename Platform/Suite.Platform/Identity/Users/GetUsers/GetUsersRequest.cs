using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsers;

/// <summary>A page of users by username, optionally only the active members of a team (<c>in_team</c>).</summary>
internal sealed record GetUsersRequest(Paging Paging, string InTeam = "") : IRequest<IReadOnlyList<UserResponse>>;
