using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetTeamMembers;

internal sealed class GetTeamMembersValidator : AbstractValidator<GetTeamMembersRequest>
{
    public GetTeamMembersValidator() => RuleFor(x => x.TeamId).IsIdInUrl("team_id");
}
