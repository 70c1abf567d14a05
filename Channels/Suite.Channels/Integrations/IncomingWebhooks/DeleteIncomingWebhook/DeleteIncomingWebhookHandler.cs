using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;

internal sealed class DeleteIncomingWebhookHandler(IntegrationAccess access, IncomingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<DeleteIncomingWebhookRequest, Unit>
{
    public async Task<Unit> Handle(DeleteIncomingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        var hook = await store.FindAsync(request.HookId, cancellationToken) ?? throw IntegrationErrors.HookNotFound("incoming");
        await access.EnsureCanManageAsync(hook.UserId, hook.TeamId, hook.ChannelId, cancellationToken);
        await store.DeleteAsync(hook.Id, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        return Unit.Value;
    }
}
