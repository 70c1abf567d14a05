using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;

/// <summary><c>GET /api/v4/hooks/outgoing/{hook_id}</c>: for the hook's creator and team admins, with its delivery health.</summary>
internal sealed record GetOutgoingWebhookRequest(string HookId) : IRequest<OutgoingWebhook>;
