using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetTeam;

internal sealed class GetTeamValidator : AbstractValidator<GetTeamRequest>
{
    public GetTeamValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
