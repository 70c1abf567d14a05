using FluentValidation;
using Suite.Platform;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Playbooks.GetPlaybooks;

/// <summary><c>GET /playbooks</c>: the playbooks the caller may see, paged, newest first unless sorted.</summary>
internal sealed record GetPlaybooksRequest(string? TeamId, Paging Paging, string SearchTerm, bool WithArchived) : IRequest<Page<Playbook>>;

internal sealed class GetPlaybooksValidator : AbstractValidator<GetPlaybooksRequest>
{
    public static readonly string[] Sorts = ["title", "runs", "last_run_at", "create_at"];

    public GetPlaybooksValidator()
    {
        RuleFor(r => r.TeamId).Must(t => string.IsNullOrEmpty(t) || Ids.IsValid(t)).WithMessage("must be a valid id.");
        RuleFor(r => r.Paging.Page).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Paging.PerPage).InclusiveBetween(1, Paging.MaxPerPage);
        RuleFor(r => r.Paging.Sort).Must(s => Sorts.Contains(s)).WithMessage($"must be one of {string.Join(", ", Sorts)}.");
    }
}
