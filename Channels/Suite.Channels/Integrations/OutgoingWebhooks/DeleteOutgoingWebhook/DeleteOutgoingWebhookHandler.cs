using Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.DeleteOutgoingWebhook;

internal sealed class DeleteOutgoingWebhookHandler(IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<DeleteOutgoingWebhookRequest, Unit>
{
    public async Task<Unit> Handle(DeleteOutgoingWebhookRequest request, CancellationToken cancellationToken)
    {
        var hook = await GetOutgoingWebhookHandler.ManageableAsync(access, store, options, request.HookId, cancellationToken);
        await store.DeleteAsync(hook.Id, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        return Unit.Value;
    }
}
