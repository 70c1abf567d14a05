using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Threads.GetThreads;

internal sealed class GetThreadsValidator : AbstractValidator<GetThreadsRequest>
{
    public GetThreadsValidator()
    {
        this.UserTeamAndThread(r => r.UserId, r => r.TeamId);
        RuleFor(r => r.Query.PageSize).InclusiveBetween(1, 200).WithName("per_page");
        RuleFor(r => r.Query.Since).GreaterThanOrEqualTo(0).WithName("since");
        RuleFor(r => r.Query.Before).Must(b => b.Length == 0 || Ids.IsValid(b)).WithName("before").WithMessage("must be a thread id.");
        RuleFor(r => r.Query.After).Must(a => a.Length == 0 || Ids.IsValid(a)).WithName("after").WithMessage("must be a thread id.");
    }
}
