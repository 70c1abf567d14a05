using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.DeleteOutgoingWebhook;

/// <summary><c>DELETE /api/v4/hooks/outgoing/{hook_id}</c>: the hook stops firing at once.</summary>
internal sealed record DeleteOutgoingWebhookRequest(string HookId) : IRequest<Unit>;
