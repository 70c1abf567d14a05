using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;

internal sealed class UpdateIncomingWebhookHandler(IntegrationAccess access, IncomingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<UpdateIncomingWebhookRequest, IncomingWebhook>
{
    public async Task<IncomingWebhook> Handle(UpdateIncomingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        var hook = await store.FindAsync(request.HookId, cancellationToken) ?? throw IntegrationErrors.HookNotFound("incoming");
        await access.EnsureCanManageAsync(hook.UserId, hook.TeamId, hook.ChannelId, cancellationToken);
        if (request.ChannelId != hook.ChannelId)
        {
            var channel = await access.ManageableChannelAsync(request.ChannelId, cancellationToken);
            if (channel.TeamId != hook.TeamId)
            {
                throw Platform.Errors.AppErrorException.InvalidBody("channel_id", "A hook stays in its team.");
            }
        }

        var updated = hook with
        {
            UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ChannelId = request.ChannelId,
            DisplayName = request.DisplayName,
            Description = request.Description,
            Username = request.Username,
            IconUrl = request.IconUrl,
            ChannelLocked = request.ChannelLocked,
        };
        await store.UpdateAsync(updated, cancellationToken);
        return updated;
    }
}
