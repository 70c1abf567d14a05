using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;

/// <summary><c>POST /api/v4/hooks/incoming</c>: answers 201 with the hook; the caller becomes its owner.</summary>
internal sealed record CreateIncomingWebhookRequest : IRequest<IncomingWebhook>
{
    public string ChannelId { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public bool ChannelLocked { get; init; }
}
