using FluentValidation;

namespace Suite.Channels.Threads.MarkThreadRead;

internal sealed class MarkThreadReadValidator : AbstractValidator<MarkThreadReadRequest>
{
    public MarkThreadReadValidator()
    {
        this.UserTeamAndThread(r => r.UserId, r => r.TeamId, r => r.ThreadId);
        RuleFor(r => r.Timestamp).GreaterThanOrEqualTo(0).WithName("timestamp");
    }
}
