using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.GetCommands;

internal sealed class GetCommandsValidator : AbstractValidator<GetCommandsRequest>
{
    public GetCommandsValidator() => RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
