using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>
/// The active members of a team whose username, first or last name, full name, nickname or email starts with
/// <paramref name="Term"/> (case-insensitive; every member for an empty term), by username, at most
/// <paramref name="Limit"/> (1 to 1,000). Only the team's members and system admins may ask.
/// </summary>
/// <param name="TeamId">The team.</param>
/// <param name="Term">The start of a name; empty for everyone.</param>
/// <param name="Limit">How many users at most.</param>
public sealed record SearchTeamUsersRequest(string TeamId, string Term, int Limit = 100) : IRequest<IReadOnlyList<UserResponse>>, ITeamScopedRequest;
