using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.DeleteCommand;

internal sealed class DeleteCommandValidator : AbstractValidator<DeleteCommandRequest>
{
    public DeleteCommandValidator() => RuleFor(r => r.CommandId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
