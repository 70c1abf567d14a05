using Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.RegenOutgoingWebhookToken;

internal sealed class RegenOutgoingWebhookTokenHandler(IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<RegenOutgoingWebhookTokenRequest, OutgoingWebhook>
{
    public async Task<OutgoingWebhook> Handle(RegenOutgoingWebhookTokenRequest request, CancellationToken cancellationToken)
    {
        var hook = await GetOutgoingWebhookHandler.ManageableAsync(access, store, options, request.HookId, cancellationToken);
        var updated = hook with { Token = Ids.New(), UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds() };
        await store.UpdateAsync(updated, cancellationToken);
        return updated;
    }
}
