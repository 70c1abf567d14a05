using System.Text.Json.Serialization;
using Suite.Channels.Posts;

namespace Suite.Channels.Threads;

/// <summary>Mattermost's <c>ThreadResponse</c>: a followed thread as one user sees it.</summary>
internal sealed record UserThread
{
    public required string Id { get; init; }
    public long ReplyCount { get; init; }
    public long LastReplyAt { get; init; }
    public long LastViewedAt { get; init; }

    /// <summary>Full users when <c>extended</c> was asked for, else objects holding only the id, as Mattermost answers.</summary>
    public IReadOnlyList<object> Participants { get; init; } = [];

    public Post? Post { get; init; }
    public long UnreadReplies { get; init; }
    public long UnreadMentions { get; init; }
    public bool IsUrgent { get; init; }
    public long DeleteAt { get; init; }

    /// <summary>Whether the user follows the thread; not on the wire (Mattermost's <c>ThreadResponse</c> has no such field), for the web app's follow button.</summary>
    [JsonIgnore]
    public bool IsFollowing { get; init; }
}

/// <summary>Mattermost's <c>Threads</c>: a page of a user's threads in a team and the team's totals.</summary>
internal sealed record UserThreads
{
    public long Total { get; init; }
    public long TotalUnreadThreads { get; init; }
    public long TotalUnreadMentions { get; init; }
    public long TotalUnreadUrgentMentions { get; init; }
    public IReadOnlyList<UserThread> Threads { get; init; } = [];
}

/// <summary>A thread's counters for one user, as the store reads them.</summary>
internal sealed record ThreadRow
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string ChannelId { get; init; }
    public bool Following { get; init; }
    public long ReplyCount { get; init; }
    public long LastReplyAt { get; init; }
    public long LastViewedAt { get; init; }
    public long UnreadReplies { get; init; }
    public long UnreadMentions { get; init; }
    public long DeleteAt { get; init; }
}

/// <summary>The participant shape when <c>extended</c> is off.</summary>
internal sealed record ParticipantId([property: JsonPropertyName("id")] string Id);
