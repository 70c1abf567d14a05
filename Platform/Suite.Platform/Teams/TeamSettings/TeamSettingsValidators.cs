using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.TeamSettings;

internal sealed class UpdateTeamPrivacyValidator : AbstractValidator<UpdateTeamPrivacyRequest>
{
    public UpdateTeamPrivacyValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.Privacy).Must(p => p is "O" or "I").WithName("privacy").WithMessage("must be 'O' (open) or 'I' (invite only).");
    }
}

internal sealed class RegenerateInviteIdValidator : AbstractValidator<RegenerateInviteIdRequest>
{
    public RegenerateInviteIdValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
