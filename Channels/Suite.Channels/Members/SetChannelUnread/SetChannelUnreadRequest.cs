using Suite.Platform.Mediator;

namespace Suite.Channels.Members.SetChannelUnread;

/// <summary>
/// <c>POST /api/v4/users/{user_id}/posts/{post_id}/set_unread</c>: the channel is unread again from that
/// post on, its message and mention counts as they were just before it; answers Mattermost's <c>ChannelUnreadAt</c>.
/// </summary>
internal sealed record SetChannelUnreadRequest(string UserId, string PostId) : IRequest<ChannelUnreadAt>;

/// <summary>Mattermost's <c>ChannelUnreadAt</c>.</summary>
internal sealed record ChannelUnreadAt
{
    public required string TeamId { get; init; }
    public required string UserId { get; init; }
    public required string ChannelId { get; init; }
    public long MsgCount { get; init; }
    public long MentionCount { get; init; }
    public long MentionCountRoot { get; init; }
    public long UrgentMentionCount { get; init; }
    public long MsgCountRoot { get; init; }
    public long LastViewedAt { get; init; }
    public required Dictionary<string, string> NotifyProps { get; init; }
}
