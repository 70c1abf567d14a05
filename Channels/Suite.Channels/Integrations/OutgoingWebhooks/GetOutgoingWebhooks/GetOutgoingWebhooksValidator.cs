using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhooks;

internal sealed class GetOutgoingWebhooksValidator : AbstractValidator<GetOutgoingWebhooksRequest>
{
    public GetOutgoingWebhooksValidator()
    {
        RuleFor(r => r.TeamId).Must(t => t.Length == 0 || Ids.IsValid(t)).WithMessage("must be empty or a valid id.");
        RuleFor(r => r.ChannelId).Must(c => c.Length == 0 || Ids.IsValid(c)).WithMessage("must be empty or a valid id.");
    }
}
