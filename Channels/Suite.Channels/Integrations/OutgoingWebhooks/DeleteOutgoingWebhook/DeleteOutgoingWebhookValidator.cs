using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.DeleteOutgoingWebhook;

internal sealed class DeleteOutgoingWebhookValidator : AbstractValidator<DeleteOutgoingWebhookRequest>
{
    public DeleteOutgoingWebhookValidator() => RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
