using Suite.Platform.Mediator;

namespace Suite.Channels.Members.RemoveChannelMember;

/// <summary><c>DELETE /api/v4/channels/{channel_id}/members/{user_id}</c>: leaving (oneself) or removing someone (channel, team and system admins).</summary>
internal sealed record RemoveChannelMemberRequest(string ChannelId, string UserId) : IRequest<Unit>;
