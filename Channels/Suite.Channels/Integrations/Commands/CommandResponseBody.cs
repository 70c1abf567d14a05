using System.Text.Json;

namespace Suite.Channels.Integrations.Commands;

/// <summary>Mattermost's <c>CommandResponse</c>: what an integration answers and what <c>/commands/execute</c> returns.</summary>
internal sealed record CommandResponseBody
{
    public string ResponseType { get; init; } = "";
    public string Text { get; init; } = "";
    public string Username { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public string Type { get; init; } = "";
    public JsonElement? Props { get; init; }
    public string GotoLocation { get; init; } = "";
    public string TriggerId { get; init; } = "";
    public bool SkipSlackParsing { get; init; }
    public JsonElement? Attachments { get; init; }
    public List<CommandResponseBody>? ExtraResponses { get; init; }
}
