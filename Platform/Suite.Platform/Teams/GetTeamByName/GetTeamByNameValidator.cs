using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetTeamByName;

internal sealed class GetTeamByNameValidator : AbstractValidator<GetTeamByNameRequest>
{
    public GetTeamByNameValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TeamRules.NameMaxLength)
            .WithAppError(ValidationRules.InvalidUrlParam, "Invalid or missing team_name parameter in request URL.");
}
