using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.RegenOutgoingWebhookToken;

/// <summary><c>POST /api/v4/hooks/outgoing/{hook_id}/regen_token</c>: answers the hook with a new token; the old one is no longer sent.</summary>
internal sealed record RegenOutgoingWebhookTokenRequest(string HookId) : IRequest<OutgoingWebhook>;
