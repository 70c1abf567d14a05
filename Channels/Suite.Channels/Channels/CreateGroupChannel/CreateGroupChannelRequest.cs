using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateGroupChannel;

/// <summary><c>POST /api/v4/channels/group</c>: 3 to 8 users, the caller added when missing; answers the existing channel when there is one.</summary>
internal sealed record CreateGroupChannelRequest(IReadOnlyList<string> UserIds) : IRequest<Channel>;
