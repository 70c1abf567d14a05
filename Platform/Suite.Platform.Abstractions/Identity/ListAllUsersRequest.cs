using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>Every account, deactivated ones and bots included, oldest first: for system admins' exports.</summary>
public sealed record ListAllUsersRequest : IRequest<IReadOnlyList<UserResponse>>, ISystemAdminRequest;
