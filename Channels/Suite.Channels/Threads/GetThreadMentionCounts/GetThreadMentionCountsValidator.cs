using FluentValidation;

namespace Suite.Channels.Threads.GetThreadMentionCounts;

internal sealed class GetThreadMentionCountsValidator : AbstractValidator<GetThreadMentionCountsRequest>
{
    public GetThreadMentionCountsValidator() => this.UserTeamAndThread(r => r.UserId, r => r.TeamId);
}
