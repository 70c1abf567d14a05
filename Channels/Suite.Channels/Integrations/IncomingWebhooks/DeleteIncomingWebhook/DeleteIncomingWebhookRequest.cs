using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;

/// <summary><c>DELETE /api/v4/hooks/incoming/{hook_id}</c>: the hook stops accepting posts at once.</summary>
internal sealed record DeleteIncomingWebhookRequest(string HookId) : IRequest<Unit>;
