using FluentValidation;
using Suite.Platform;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Runs.GetRuns;

/// <summary><c>GET /runs</c> with Mattermost's filters; only runs the caller may see are counted and listed.</summary>
internal sealed record GetRunsRequest : IRequest<Page<PlaybookRun>>
{
    public string? TeamId { get; init; }

    public required Paging Paging { get; init; }

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public string OwnerUserId { get; init; } = "";

    public string ParticipantId { get; init; } = "";

    public string PlaybookId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string SearchTerm { get; init; } = "";

    public bool OmitEnded { get; init; }

    public string ParticipantOrFollowerId { get; init; } = "";

    /// <summary>Suite's: only runs whose status update is overdue (true) or not (false).</summary>
    public bool? IsOverdue { get; init; }
}

internal sealed class GetRunsValidator : AbstractValidator<GetRunsRequest>
{
    public static readonly string[] Sorts = ["create_at", "id", "name", "end_at", "is_active", "owner_user_id", "team_id", "last_status_update_at"];

    public GetRunsValidator()
    {
        RuleFor(r => r.TeamId).Must(t => string.IsNullOrEmpty(t) || Ids.IsValid(t)).WithMessage("must be a valid id.");
        RuleFor(r => r.Paging.Page).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Paging.PerPage).InclusiveBetween(1, Paging.MaxPerPage);
        RuleFor(r => r.Paging.Sort).Must(s => Sorts.Contains(s)).WithMessage($"must be one of {string.Join(", ", Sorts)}.");
        RuleForEach(r => r.Statuses).Must(s => s is RunStatuses.InProgress or RunStatuses.Finished).WithMessage("must be InProgress or Finished.");
        RuleFor(r => r.OwnerUserId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.ParticipantId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.PlaybookId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.ChannelId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.ParticipantOrFollowerId).Must(Optional).WithMessage("must be a valid id.");
    }

    private static bool Optional(string id) => id.Length == 0 || Ids.IsValid(id);
}
