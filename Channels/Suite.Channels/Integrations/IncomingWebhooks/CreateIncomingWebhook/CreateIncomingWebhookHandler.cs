using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;

internal sealed class CreateIncomingWebhookHandler(IntegrationAccess access, IncomingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<CreateIncomingWebhookRequest, IncomingWebhook>
{
    public async Task<IncomingWebhook> Handle(CreateIncomingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        var channel = await access.ManageableChannelAsync(request.ChannelId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var hook = new IncomingWebhook
        {
            Id = Ids.New(),
            CreateAt = now,
            UpdateAt = now,
            UserId = access.UserId,
            ChannelId = channel.Id,
            TeamId = channel.TeamId,
            DisplayName = request.DisplayName,
            Description = request.Description,
            Username = request.Username,
            IconUrl = request.IconUrl,
            ChannelLocked = request.ChannelLocked,
        };
        await store.InsertAsync(hook, cancellationToken);
        return hook;
    }
}
