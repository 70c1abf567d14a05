using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;

internal sealed class GetIncomingWebhookValidator : AbstractValidator<GetIncomingWebhookRequest>
{
    public GetIncomingWebhookValidator() => RuleFor(r => r.HookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
