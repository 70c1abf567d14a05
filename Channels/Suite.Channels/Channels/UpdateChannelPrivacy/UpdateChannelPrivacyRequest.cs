using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.UpdateChannelPrivacy;

/// <summary>
/// <c>PUT /api/v4/channels/{channel_id}/privacy</c> with <c>{"privacy": "O"|"P"}</c>: converts a public
/// channel to private or back, answering the channel.
/// </summary>
internal sealed record UpdateChannelPrivacyRequest(string ChannelId, string Privacy) : IRequest<Channel>;

/// <summary>The body.</summary>
internal sealed record ChannelPrivacyBody(string? Privacy);
