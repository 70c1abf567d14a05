using FluentValidation;

namespace Suite.Platform.Teams.PatchTeam;

internal sealed class PatchTeamValidator : AbstractValidator<PatchTeamRequest>
{
    public PatchTeamValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithName("team_id").WithMessage("must be a valid id.");
        RuleFor(r => r.Patch.DisplayName).Must(n => n is null || n.Trim().Length is > 0 and <= 64).WithName("display_name").WithMessage("must be 1 to 64 characters.");
        RuleFor(r => r.Patch.Description).MaximumLength(255).WithName("description");
        RuleFor(r => r.Patch.CompanyName).MaximumLength(64).WithName("company_name");
        RuleFor(r => r.Patch.AllowedDomains).MaximumLength(1000).WithName("allowed_domains");
    }
}
