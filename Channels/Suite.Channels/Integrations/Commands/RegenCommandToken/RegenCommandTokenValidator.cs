using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.RegenCommandToken;

internal sealed class RegenCommandTokenValidator : AbstractValidator<RegenCommandTokenRequest>
{
    public RegenCommandTokenValidator() => RuleFor(r => r.CommandId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
