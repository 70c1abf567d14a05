using FluentValidation;

namespace Suite.Channels.Threads.GetThread;

internal sealed class GetUserThreadValidator : AbstractValidator<GetUserThreadRequest>
{
    public GetUserThreadValidator() => this.UserTeamAndThread(r => r.UserId, r => r.TeamId, r => r.ThreadId);
}
