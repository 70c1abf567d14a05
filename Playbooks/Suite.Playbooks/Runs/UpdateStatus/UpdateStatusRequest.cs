using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.UpdateStatus;

/// <summary><c>POST /runs/{id}/status</c>: <c>{message, reminder, finish_run}</c>, the reminder in seconds.</summary>
internal sealed record UpdateStatusRequest(string RunId, string Message, long Reminder, bool FinishRun) : IRequest;

internal sealed class UpdateStatusValidator : AbstractValidator<UpdateStatusRequest>
{
    public UpdateStatusValidator()
    {
        RuleFor(r => r.Message).NotEmpty().WithMessage("must not be empty.").MaximumLength(16383);
        RuleFor(r => r.Reminder).GreaterThan(0).When(r => !r.FinishRun).WithMessage("must be a number of seconds above zero unless the run finishes.");
    }
}
