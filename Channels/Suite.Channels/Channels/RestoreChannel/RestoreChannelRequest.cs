using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.RestoreChannel;

/// <summary><c>POST /api/v4/channels/{channel_id}/restore</c>: unarchives the channel.</summary>
internal sealed record RestoreChannelRequest(string ChannelId) : IRequest<Channel>;
