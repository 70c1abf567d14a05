using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;

internal sealed class GetIncomingWebhookHandler(IntegrationAccess access, IncomingWebhookStore store, IntegrationsOptions options)
    : IRequestHandler<GetIncomingWebhookRequest, IncomingWebhook>
{
    public async Task<IncomingWebhook> Handle(GetIncomingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        var hook = await store.FindAsync(request.HookId, cancellationToken) ?? throw IntegrationErrors.HookNotFound("incoming");
        await access.EnsureCanManageAsync(hook.UserId, hook.TeamId, hook.ChannelId, cancellationToken);
        return hook;
    }
}
