using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;

internal sealed class UpdateIncomingWebhookValidator : AbstractValidator<UpdateIncomingWebhookRequest>
{
    public UpdateIncomingWebhookValidator()
    {
        RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Id).Must((r, id) => id == r.HookId).WithMessage("must match the hook id in the URL.");
        this.HookFields(r => r.ChannelId, r => r.DisplayName, r => r.Description, r => r.Username, r => r.IconUrl);
    }
}
