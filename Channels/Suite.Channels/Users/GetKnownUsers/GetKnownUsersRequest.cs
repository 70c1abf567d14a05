using Suite.Platform.Mediator;

namespace Suite.Channels.Users.GetKnownUsers;

/// <summary><c>GET /api/v4/users/known</c>: the ids of the users who share a channel with the caller.</summary>
internal sealed record GetKnownUsersRequest : IRequest<IReadOnlyList<string>>;
