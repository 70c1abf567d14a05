using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetTeamUnreads;

/// <summary><c>GET /api/v4/users/{user_id}/teams/unread</c>: per team, the unread messages and mentions of the user's channels in it.</summary>
internal sealed record GetTeamUnreadsRequest(string UserId) : IRequest<IReadOnlyList<TeamUnread>>;

/// <summary>Mattermost's <c>TeamUnread</c>; thread counters stay 0 (collapsed threads are not kept).</summary>
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
