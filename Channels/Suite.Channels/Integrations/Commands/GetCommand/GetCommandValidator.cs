using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.GetCommand;

internal sealed class GetCommandValidator : AbstractValidator<GetCommandRequest>
{
    public GetCommandValidator() => RuleFor(r => r.CommandId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
