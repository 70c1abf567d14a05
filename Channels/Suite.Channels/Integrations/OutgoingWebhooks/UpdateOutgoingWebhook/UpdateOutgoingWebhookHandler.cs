using Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.UpdateOutgoingWebhook;

internal sealed class UpdateOutgoingWebhookHandler(IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<UpdateOutgoingWebhookRequest, OutgoingWebhook>
{
    public async Task<OutgoingWebhook> Handle(UpdateOutgoingWebhookRequest request, CancellationToken cancellationToken)
    {
        var hook = await GetOutgoingWebhookHandler.ManageableAsync(access, store, options, request.HookId, cancellationToken);
        if (request.TeamId != hook.TeamId)
        {
            throw AppErrorException.InvalidBody("team_id", "A hook stays in its team.");
        }

        if (request.ChannelId != hook.ChannelId)
        {
            await access.EnsureManageableAsync(hook.TeamId, request.ChannelId, cancellationToken);
        }

        var updated = hook with
        {
            UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ChannelId = request.ChannelId,
            DisplayName = request.DisplayName,
            Description = request.Description,
            TriggerWords = OutgoingWebhookRules.Words(request.TriggerWords),
            TriggerWhen = request.TriggerWhen,
            CallbackUrls = [.. request.CallbackUrls],
            ContentType = request.ContentType.Length > 0 ? request.ContentType : OutgoingWebhook.FormContent,
            Username = request.Username,
            IconUrl = request.IconUrl,
        };
        await store.UpdateAsync(updated, cancellationToken);
        return updated;
    }
}
