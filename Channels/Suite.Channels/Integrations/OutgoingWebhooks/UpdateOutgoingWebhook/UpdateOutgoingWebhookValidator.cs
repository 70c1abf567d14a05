using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.UpdateOutgoingWebhook;

internal sealed class UpdateOutgoingWebhookValidator : AbstractValidator<UpdateOutgoingWebhookRequest>
{
    public UpdateOutgoingWebhookValidator()
    {
        RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Id).Must((r, id) => id == r.HookId).WithMessage("must match the hook id in the URL.");
        this.HookFields();
    }
}
