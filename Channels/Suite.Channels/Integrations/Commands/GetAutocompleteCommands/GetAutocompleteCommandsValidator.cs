using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.GetAutocompleteCommands;

internal sealed class GetAutocompleteCommandsValidator : AbstractValidator<GetAutocompleteCommandsRequest>
{
    public GetAutocompleteCommandsValidator() => RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
