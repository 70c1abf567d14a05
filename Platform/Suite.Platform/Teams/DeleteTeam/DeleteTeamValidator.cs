using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.DeleteTeam;

internal sealed class DeleteTeamValidator : AbstractValidator<DeleteTeamRequest>
{
    public DeleteTeamValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
