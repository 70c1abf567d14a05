using Suite.Platform.Mediator;

namespace Suite.Licensing.CountActiveUsers;

/// <summary>The users a license's seats are counted against (not deactivated, not bots); the license page sizes a trial by it.</summary>
internal sealed record CountActiveUsers : IRequest<long>, ISystemAdminRequest;
