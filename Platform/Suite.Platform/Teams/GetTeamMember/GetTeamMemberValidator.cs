using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetTeamMember;

internal sealed class GetTeamMemberValidator : AbstractValidator<GetTeamMemberRequest>
{
    public GetTeamMemberValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
    }
}
