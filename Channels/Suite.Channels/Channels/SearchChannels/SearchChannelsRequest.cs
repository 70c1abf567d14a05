using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

/// <summary><c>POST /api/v4/teams/{team_id}/channels/search</c>: the team's public channels whose name or a word of whose display name starts with the term.</summary>
internal sealed record SearchChannelsRequest(string TeamId, string Term) : IRequest<IReadOnlyList<Channel>>;

/// <summary>The body of a channel search.</summary>
internal sealed record ChannelSearch(string? Term);
