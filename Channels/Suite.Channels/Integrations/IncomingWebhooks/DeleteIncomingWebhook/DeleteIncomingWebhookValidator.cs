using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;

internal sealed class DeleteIncomingWebhookValidator : AbstractValidator<DeleteIncomingWebhookRequest>
{
    public DeleteIncomingWebhookValidator() => RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
