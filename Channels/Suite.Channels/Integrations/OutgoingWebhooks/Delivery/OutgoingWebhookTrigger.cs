using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Hands each new post in a public channel to the delivery queue; never waits for a callback.
/// As Mattermost, posts made by webhooks (<c>from_webhook</c>) and system messages are skipped, so that a hook's
/// reply cannot trigger hooks again; bots' posts trigger like anyone's.
/// </summary>
internal sealed class OutgoingWebhookTrigger(OutgoingWebhookQueue queue, IntegrationsOptions options) : INotificationHandler<PostCreated>
{
    public Task Handle(PostCreated notification, CancellationToken cancellationToken)
    {
        if (options.EnableOutgoingWebhooks && notification.ChannelType == ChannelTypes.Open && !notification.FromWebhook
            && !notification.Post.Type.StartsWith("system_", StringComparison.Ordinal) && !IsFromIntegration(notification.PropsJson))
        {
            queue.Enqueue(notification);
        }

        return Task.CompletedTask;
    }

    private static bool IsFromIntegration(string propsJson)
    {
        using var props = JsonDocument.Parse(propsJson);
        return props.RootElement.ValueKind == JsonValueKind.Object
            && IsTrue(props.RootElement, "from_webhook");
    }

    private static bool IsTrue(JsonElement props, string name) =>
        props.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == "true";
}
