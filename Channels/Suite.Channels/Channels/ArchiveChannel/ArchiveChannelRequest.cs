using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.ArchiveChannel;

/// <summary><c>DELETE /api/v4/channels/{channel_id}</c>: archives the channel (its history stays readable).</summary>
internal sealed record ArchiveChannelRequest(string ChannelId) : IRequest<Unit>;
