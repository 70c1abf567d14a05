using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateDirectChannel;

/// <summary><c>POST /api/v4/channels/direct</c> with the two user ids; answers the existing channel when there is one.</summary>
internal sealed record CreateDirectChannelRequest(IReadOnlyList<string> UserIds) : IRequest<Channel>;
