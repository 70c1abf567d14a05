using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Channels.Threads;

/// <summary>Mattermost's thread events, each to one user with the team named: <c>thread_updated</c>, <c>thread_read_changed</c>, <c>thread_follow_changed</c>.</summary>
internal sealed class ThreadEvents(IServiceProvider services)
{
    private readonly IRealtimePublisher? _publisher = services.GetService<IRealtimePublisher>();

    /// <summary>The thread travels as a JSON string, as Mattermost sends it.</summary>
    public ValueTask UpdatedAsync(string userId, string teamId, UserThread thread, long previousUnreadReplies, long previousUnreadMentions, CancellationToken cancellationToken) =>
        PublishAsync(
            "thread_updated",
            new Dictionary<string, object?>
            {
                ["thread"] = JsonSerializer.Serialize(thread, ApiJson.Options),
                ["previous_unread_replies"] = previousUnreadReplies,
                ["previous_unread_mentions"] = previousUnreadMentions,
            },
            userId,
            teamId,
            cancellationToken);

    public ValueTask ReadChangedAsync(string userId, string teamId, ThreadRow before, ThreadRow after, long timestamp, CancellationToken cancellationToken) =>
        PublishAsync(
            "thread_read_changed",
            new Dictionary<string, object?>
            {
                ["thread_id"] = after.Id,
                ["timestamp"] = timestamp,
                ["unread_mentions"] = after.UnreadMentions,
                ["unread_replies"] = after.UnreadReplies,
                ["previous_unread_mentions"] = before.UnreadMentions,
                ["previous_unread_replies"] = before.UnreadReplies,
                ["channel_id"] = after.ChannelId,
            },
            userId,
            teamId,
            cancellationToken);

    /// <summary>Every followed thread of the team was marked read; Mattermost's event then carries no data.</summary>
    public ValueTask AllReadAsync(string userId, string teamId, CancellationToken cancellationToken) =>
        PublishAsync("thread_read_changed", new Dictionary<string, object?>(), userId, teamId, cancellationToken);

    public ValueTask FollowChangedAsync(string userId, string teamId, string threadId, bool state, long replyCount, CancellationToken cancellationToken) =>
        PublishAsync(
            "thread_follow_changed",
            new Dictionary<string, object?> { ["thread_id"] = threadId, ["state"] = state, ["reply_count"] = replyCount },
            userId,
            teamId,
            cancellationToken);

    private ValueTask PublishAsync(string eventName, Dictionary<string, object?> data, string userId, string teamId, CancellationToken cancellationToken) =>
        _publisher?.PublishAsync(eventName, data, Broadcast.ToUser(userId) with { TeamId = teamId }, cancellationToken) ?? ValueTask.CompletedTask;
}
