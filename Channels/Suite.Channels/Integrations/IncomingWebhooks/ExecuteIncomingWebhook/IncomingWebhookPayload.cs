using System.Text.Json;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

/// <summary>Slack's (and Mattermost's) incoming webhook payload; unknown fields such as Slack's <c>blocks</c> are ignored.</summary>
internal sealed record IncomingWebhookPayload
{
    public string? Text { get; init; }
    public string? Channel { get; init; }
    public string? Username { get; init; }
    public string? IconUrl { get; init; }
    public string? IconEmoji { get; init; }
    public JsonElement? Attachments { get; init; }
    public JsonElement? Props { get; init; }
    public string? Type { get; init; }
    public JsonElement? Priority { get; init; }
}
