using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;

/// <summary><c>PUT /api/v4/hooks/incoming/{hook_id}</c> with the full hook; its id must match the URL's.</summary>
internal sealed record UpdateIncomingWebhookRequest : IRequest<IncomingWebhook>
{
    public string HookId { get; init; } = "";
    public string? Id { get; init; }
    public string ChannelId { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public bool ChannelLocked { get; init; }
}
