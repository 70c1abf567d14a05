using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMember;

/// <summary><c>GET /api/v4/channels/{channel_id}/members/{user_id}</c> (<c>me</c> allowed).</summary>
internal sealed record GetChannelMemberRequest(string ChannelId, string UserId) : IRequest<ChannelMember>;
