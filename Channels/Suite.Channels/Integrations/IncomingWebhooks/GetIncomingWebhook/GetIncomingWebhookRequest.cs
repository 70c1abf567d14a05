using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;

/// <summary><c>GET /api/v4/hooks/incoming/{hook_id}</c>: for the hook's owner and team admins.</summary>
internal sealed record GetIncomingWebhookRequest(string HookId) : IRequest<IncomingWebhook>;
