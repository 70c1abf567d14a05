using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.UpdatePlaybook;

/// <summary><c>PUT /playbooks/{id}</c>: replaces the playbook's settings; ids, team, times and counters stay the server's.</summary>
internal sealed record UpdatePlaybookRequest(string PlaybookId, Playbook Playbook) : IRequest<Playbook>;

internal sealed class UpdatePlaybookValidator : AbstractValidator<UpdatePlaybookRequest>
{
    public UpdatePlaybookValidator() => RuleFor(r => r.Playbook).SetValidator(new PlaybookRules());
}
