using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Channels.CustomEmojis;

/// <summary>Mattermost's <c>emoji_added</c>: to everyone, the emoji as one JSON string.</summary>
internal sealed class EmojiEvents(IServiceProvider services)
{
    private readonly IRealtimePublisher? _publisher = services.GetService<IRealtimePublisher>();

    public ValueTask AddedAsync(CustomEmoji emoji, CancellationToken cancellationToken) =>
        _publisher?.PublishAsync(
            "emoji_added",
            new Dictionary<string, object?> { ["emoji"] = JsonSerializer.Serialize(emoji, ApiJson.Options) },
            Broadcast.Everyone,
            cancellationToken) ?? ValueTask.CompletedTask;
}
