using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannel;

/// <summary><c>GET /api/v4/channels/{channel_id}</c>.</summary>
internal sealed record GetChannelRequest(string ChannelId) : IRequest<Channel>;
