using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.CreateOutgoingWebhook;

internal sealed class CreateOutgoingWebhookHandler(IntegrationAccess access, OutgoingWebhookStore store, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<CreateOutgoingWebhookRequest, OutgoingWebhook>
{
    public async Task<OutgoingWebhook> Handle(CreateOutgoingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableOutgoingWebhooks)
        {
            throw IntegrationErrors.OutgoingDisabled();
        }

        await access.EnsureManageableAsync(request.TeamId, request.ChannelId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var hook = new OutgoingWebhook
        {
            Id = Ids.New(),
            Token = Ids.New(),
            CreateAt = now,
            UpdateAt = now,
            CreatorId = access.UserId,
            TeamId = request.TeamId,
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
        await store.InsertAsync(hook, cancellationToken);
        return hook;
    }
}
