using FluentValidation;

namespace Suite.Channels.Threads.FollowThread;

internal sealed class FollowThreadValidator : AbstractValidator<FollowThreadRequest>
{
    public FollowThreadValidator() => this.UserTeamAndThread(r => r.UserId, r => r.TeamId, r => r.ThreadId);
}
