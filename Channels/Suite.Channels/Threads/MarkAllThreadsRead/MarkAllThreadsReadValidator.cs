using FluentValidation;

namespace Suite.Channels.Threads.MarkAllThreadsRead;

internal sealed class MarkAllThreadsReadValidator : AbstractValidator<MarkAllThreadsReadRequest>
{
    public MarkAllThreadsReadValidator() => this.UserTeamAndThread(r => r.UserId, r => r.TeamId);
}
