using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateNotifyProps;

/// <summary>
/// <c>PUT /api/v4/channels/{channel_id}/members/{user_id}/notify_props</c>: the given props replace
/// the member's, the others stay. Muting a channel is <c>mark_unread: "mention"</c>.
/// </summary>
internal sealed record UpdateNotifyPropsRequest(string ChannelId, string UserId, IReadOnlyDictionary<string, string> NotifyProps) : IRequest<Unit>;
