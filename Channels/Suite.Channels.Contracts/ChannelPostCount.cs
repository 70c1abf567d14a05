using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>How many posts a channel has had (Mattermost's <c>total_msg_count</c>), without permission checks; 0 for an unknown channel.</summary>
public sealed record GetChannelPostCount(string ChannelId) : IRequest<long>, IAnonymousRequest;
