using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.RegenOutgoingWebhookToken;

internal sealed class RegenOutgoingWebhookTokenValidator : AbstractValidator<RegenOutgoingWebhookTokenRequest>
{
    public RegenOutgoingWebhookTokenValidator() => RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
