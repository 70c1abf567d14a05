using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;

internal sealed class GetOutgoingWebhookHandler(IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options)
    : IRequestHandler<GetOutgoingWebhookRequest, OutgoingWebhook>
{
    public async Task<OutgoingWebhook> Handle(GetOutgoingWebhookRequest request, CancellationToken cancellationToken) =>
        await ManageableAsync(access, store, options, request.HookId, cancellationToken);

    /// <summary>The hook, when outgoing webhooks are on and the current user may manage it.</summary>
    public static async Task<OutgoingWebhook> ManageableAsync(
        IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options, string hookId, CancellationToken cancellationToken)
    {
        if (!options.EnableOutgoingWebhooks)
        {
            throw IntegrationErrors.OutgoingDisabled();
        }

        var hook = await store.FindAsync(hookId, cancellationToken) ?? throw IntegrationErrors.HookNotFound("outgoing");
        await access.EnsureCanManageAsync(hook.CreatorId, hook.TeamId, hook.ChannelId, cancellationToken);
        return hook;
    }
}
