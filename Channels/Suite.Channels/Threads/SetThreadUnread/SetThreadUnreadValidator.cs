using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Threads.SetThreadUnread;

internal sealed class SetThreadUnreadValidator : AbstractValidator<SetThreadUnreadRequest>
{
    public SetThreadUnreadValidator()
    {
        this.UserTeamAndThread(r => r.UserId, r => r.TeamId, r => r.ThreadId);
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithName("post_id").WithMessage("must be a valid id.");
    }
}
