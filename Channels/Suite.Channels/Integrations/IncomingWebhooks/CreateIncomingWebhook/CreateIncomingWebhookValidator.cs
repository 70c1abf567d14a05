using FluentValidation;

namespace Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;

internal sealed class CreateIncomingWebhookValidator : AbstractValidator<CreateIncomingWebhookRequest>
{
    public CreateIncomingWebhookValidator() =>
        this.HookFields(r => r.ChannelId, r => r.DisplayName, r => r.Description, r => r.Username, r => r.IconUrl);
}
