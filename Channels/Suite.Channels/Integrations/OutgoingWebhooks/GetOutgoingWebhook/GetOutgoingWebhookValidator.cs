using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;

internal sealed class GetOutgoingWebhookValidator : AbstractValidator<GetOutgoingWebhookRequest>
{
    public GetOutgoingWebhookValidator() => RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
