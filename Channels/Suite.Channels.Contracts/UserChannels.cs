using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// The public and private channels a user belongs to in a team, by display name, as the user (or a
/// system admin) may ask: for choosing a channel in another module's screen.
/// </summary>
/// <param name="UserId">The user.</param>
/// <param name="TeamId">The team.</param>
public sealed record GetUserChannels(string UserId, string TeamId) : IRequest<IReadOnlyList<ChannelInfo>>, IUserScopedRequest, ITeamScopedRequest;
