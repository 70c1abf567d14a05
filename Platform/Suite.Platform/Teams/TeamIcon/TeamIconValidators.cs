using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.TeamIcon;

internal sealed class GetTeamIconValidator : AbstractValidator<GetTeamIconRequest>
{
    public GetTeamIconValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}

internal sealed class SetTeamIconValidator : AbstractValidator<SetTeamIconRequest>
{
    public SetTeamIconValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}

internal sealed class RemoveTeamIconValidator : AbstractValidator<RemoveTeamIconRequest>
{
    public RemoveTeamIconValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
