using FluentValidation;

namespace Suite.Channels.Integrations.Commands.CommandResponseUrl;

internal sealed class CommandResponseUrlValidator : AbstractValidator<CommandResponseUrlRequest>
{
    public CommandResponseUrlValidator() => RuleFor(r => r.Response).NotNull();
}
