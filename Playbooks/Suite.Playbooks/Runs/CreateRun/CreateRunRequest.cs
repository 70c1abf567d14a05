using System.Text.Json.Serialization;
using FluentValidation;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>
/// <c>POST /runs</c>: starts a run from a playbook, or a standalone one when <see cref="PlaybookId"/>
/// is empty. Without <see cref="ChannelId"/> the run gets a new channel (private unless the request
/// or the playbook says public), or the playbook's linked channel. A run of a playbook with a channel name template
/// may come without a name: the template names it (<see cref="RunNameTemplate"/>).
/// </summary>
internal sealed record CreateRunRequest : IRequest<PlaybookRun>, ITeamScopedRequest
{
    public string Name { get; init; } = "";

    public string TeamId { get; init; } = "";

    public string OwnerUserId { get; init; } = "";

    public string PlaybookId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string Description { get; init; } = "";

    public string PostId { get; init; } = "";

    public bool? CreatePublicRun { get; init; }

    /// <summary>How severe the run is, for example <c>critical</c>; optional.</summary>
    public string Severity { get; init; } = "";

    /// <summary>The alerts a run started by an alert gathers; set by the alert worker, never read from a body.</summary>
    [JsonIgnore]
    public Alerts.RunAlertOrigin? Alert { get; init; }
}

internal sealed class CreateRunValidator : AbstractValidator<CreateRunRequest>
{
    public const int MaxNameLength = 1024;
    public const int MaxSeverityLength = 64;

    public CreateRunValidator()
    {
        // A run of a playbook may come without a name when the playbook's channel name template gives it one (the handler checks).
        RuleFor(r => r.Name).NotEmpty().When(r => r.PlaybookId.Length == 0).WithMessage("must not be empty.");
        RuleFor(r => r.Name).MaximumLength(MaxNameLength);
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.OwnerUserId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.PlaybookId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.ChannelId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.PostId).Must(Optional).WithMessage("must be a valid id.");
        RuleFor(r => r.Description).MaximumLength(4096);
        RuleFor(r => r.Severity).MaximumLength(MaxSeverityLength);
    }

    private static bool Optional(string id) => id.Length == 0 || Ids.IsValid(id);
}
