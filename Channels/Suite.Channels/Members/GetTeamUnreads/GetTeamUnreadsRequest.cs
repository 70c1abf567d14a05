using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetTeamUnreads;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/teams/unread</c>: per team, the unread messages and mentions of the user's channels in it;
/// with <c>include_collapsed_threads</c>, also the followed threads with unread replies and their unread mentions.
/// </summary>
internal sealed record GetTeamUnreadsRequest(string UserId, bool IncludeCollapsedThreads = false) : IRequest<IReadOnlyList<TeamUnread>>;

/// <summary>Mattermost's <c>TeamUnread</c>; the thread counters are 0 unless collapsed threads were asked for.</summary>
internal sealed record TeamUnread
{
    public required string TeamId { get; init; }
    public long MsgCount { get; init; }
    public long MentionCount { get; init; }
    public long MentionCountRoot { get; init; }
    public long MsgCountRoot { get; init; }
    public long ThreadCount { get; init; }
    public long ThreadMentionCount { get; init; }
    public long ThreadUrgentMentionCount { get; init; }
}
