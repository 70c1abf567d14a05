using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;

internal sealed class GetIncomingWebhooksValidator : AbstractValidator<GetIncomingWebhooksRequest>
{
    public GetIncomingWebhooksValidator() =>
        RuleFor(r => r.TeamId).Must(t => t.Length == 0 || Ids.IsValid(t)).WithMessage("must be empty or a valid id.");
}
