using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Playbooks.Bot;

/// <summary>Posts only one user sees, never stored: Mattermost's <c>ephemeral_message</c> event to that user in a channel.</summary>
internal sealed class EphemeralMessages(IRealtimePublisher realtime, TimeProvider time)
{
    public async Task SendAsync(string authorId, string recipientId, string channelId, string message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var post = new EphemeralPost(Ids.New(), now, now, authorId, channelId, "", message, "system_ephemeral");
        await realtime.PublishAsync(
            "ephemeral_message",
            new { post = JsonSerializer.Serialize(post, ApiJson.Options) },
            new Broadcast { UserId = recipientId, ChannelId = channelId },
            cancellationToken);
    }

    /// <summary>A post in Mattermost's shape.</summary>
    private sealed record EphemeralPost(string Id, long CreateAt, long UpdateAt, string UserId, string ChannelId, string RootId, string Message, string Type)
    {
        public long EditAt { get; init; }

        public long DeleteAt { get; init; }

        public object Props { get; init; } = new { };
    }
}
