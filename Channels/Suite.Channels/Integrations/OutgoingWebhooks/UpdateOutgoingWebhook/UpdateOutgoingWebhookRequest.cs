using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.UpdateOutgoingWebhook;

/// <summary><c>PUT /api/v4/hooks/outgoing/{hook_id}</c> with the full hook; its id must match the URL's and its team stays.</summary>
internal sealed record UpdateOutgoingWebhookRequest : IRequest<OutgoingWebhook>, IOutgoingWebhookFields
{
    public string HookId { get; init; } = "";
    public string? Id { get; init; }
    public string TeamId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<string> TriggerWords { get; init; } = [];
    public int TriggerWhen { get; init; }
    public IReadOnlyList<string> CallbackUrls { get; init; } = [];
    public string ContentType { get; init; } = "";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
}
