using FluentValidation;

namespace Suite.Channels.Integrations.OutgoingWebhooks.CreateOutgoingWebhook;

internal sealed class CreateOutgoingWebhookValidator : AbstractValidator<CreateOutgoingWebhookRequest>
{
    public CreateOutgoingWebhookValidator() => this.HookFields();
}
