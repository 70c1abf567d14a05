using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetTeamStats;

internal sealed class GetTeamStatsValidator : AbstractValidator<GetTeamStatsRequest>
{
    public GetTeamStatsValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
