using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.TeamExists;

internal sealed class TeamExistsValidator : AbstractValidator<TeamExistsRequest>
{
    public TeamExistsValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TeamRules.NameMaxLength)
            .WithAppError(ValidationRules.InvalidUrlParam, "Invalid or missing team_name parameter in request URL.");
}
