using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

/// <summary><c>POST /hooks/{hook_id}</c>: no session; the hook id is the secret. Answers <c>ok</c> as text.</summary>
internal sealed record ExecuteIncomingWebhookRequest(string HookId, IncomingWebhookPayload Payload) : IRequest<Unit>, IAnonymousRequest;
