using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.CreatePlaybook;

/// <summary><c>POST /playbooks</c>: the body is the playbook; the server sets its ids and times.</summary>
internal sealed record CreatePlaybookRequest(Playbook Playbook) : IRequest<Playbook>, ITeamScopedRequest
{
    public string TeamId => Playbook.TeamId;
}

internal sealed class CreatePlaybookValidator : AbstractValidator<CreatePlaybookRequest>
{
    public CreatePlaybookValidator() => RuleFor(r => r.Playbook).SetValidator(new PlaybookRules());
}
