using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Threads;

internal static class ThreadRequestRules
{
    public static void UserTeamAndThread<T>(this AbstractValidator<T> validator, Func<T, string> userId, Func<T, string> teamId, Func<T, string>? threadId = null)
    {
        validator.RuleFor(r => userId(r)).Must(Me.IsValidUserRef).WithName("user_id").WithMessage("must be a valid id or me.");
        validator.RuleFor(r => teamId(r)).Must(Ids.IsValid).WithName("team_id").WithMessage("must be a valid id.");
        if (threadId is not null)
        {
            validator.RuleFor(r => threadId(r)).Must(Ids.IsValid).WithName("thread_id").WithMessage("must be a valid id.");
        }
    }
}
