using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.ExecuteCommand;

internal sealed class ExecuteCommandValidator : AbstractValidator<ExecuteCommandRequest>
{
    public ExecuteCommandValidator()
    {
        RuleFor(r => r.Command).Must(c => c.StartsWith('/') && c.Length > 1 && !char.IsWhiteSpace(c[1]))
            .WithErrorCode("api.command.execute_command.start.app_error").WithMessage("No command trigger found.");
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithErrorCode("api.command.execute_command.start.app_error").WithMessage("must be a valid id.");
        RuleFor(r => r.RootId).Must(r => r.Length == 0 || Ids.IsValid(r)).WithMessage("must be empty or a valid id.");
    }
}
