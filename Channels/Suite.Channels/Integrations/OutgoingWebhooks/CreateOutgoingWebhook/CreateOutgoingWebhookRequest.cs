using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.CreateOutgoingWebhook;

/// <summary><c>POST /api/v4/hooks/outgoing</c>: answers 201 with the hook and its new token; the caller becomes its creator.</summary>
internal sealed record CreateOutgoingWebhookRequest : IRequest<OutgoingWebhook>, IOutgoingWebhookFields
{
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
