using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetUserTeams;

internal sealed class GetUserTeamsValidator : AbstractValidator<GetUserTeamsRequest>
{
    public GetUserTeamsValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
