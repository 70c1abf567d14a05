using System.Text.Json;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>A callback's JSON reply (Mattermost's <c>OutgoingWebhookResponse</c>).</summary>
internal sealed record OutgoingWebhookResponse
{
    public string? Text { get; init; }
    public string? Username { get; init; }
    public string? IconUrl { get; init; }
    public JsonElement? Props { get; init; }
    public JsonElement? Attachments { get; init; }
    public string? Type { get; init; }
    public string? ResponseType { get; init; }
    public JsonElement? Priority { get; init; }
}
