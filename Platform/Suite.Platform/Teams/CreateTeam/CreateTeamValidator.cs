using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.CreateTeam;

internal sealed class CreateTeamValidator : AbstractValidator<CreateTeamRequest>
{
    public CreateTeamValidator()
    {
        RuleFor(x => x.Name).ValidTeamName();
        RuleFor(x => x.DisplayName).Must(d => d.Trim().Length > 0 && d.EnumerateRunes().Count() <= TeamRules.DisplayNameMaxRunes)
            .WithAppError("model.team.is_valid.name.app_error", $"The display name must be 1 to {TeamRules.DisplayNameMaxRunes} characters.");
        RuleFor(x => x.Type).Must(t => t is TeamRow.Open or TeamRow.InviteOnly)
            .WithAppError("model.team.is_valid.type.app_error", "The type must be O (open) or I (invite only).");
        RuleFor(x => x.Description).Must(d => d.EnumerateRunes().Count() <= TeamRules.DescriptionMaxRunes)
            .WithAppError("model.team.is_valid.description.app_error", $"The description must be at most {TeamRules.DescriptionMaxRunes} characters.");
        RuleFor(x => x.CompanyName).Must(c => c.EnumerateRunes().Count() <= TeamRules.CompanyNameMaxRunes)
            .WithAppError("model.team.is_valid.company.app_error", $"The company name must be at most {TeamRules.CompanyNameMaxRunes} characters.");
        RuleFor(x => x.AllowedDomains).MaximumLength(TeamRules.AllowedDomainsMaxLength)
            .WithAppError("model.team.is_valid.domains.app_error", $"The allowed domains must be at most {TeamRules.AllowedDomainsMaxLength} characters.");
    }
}
