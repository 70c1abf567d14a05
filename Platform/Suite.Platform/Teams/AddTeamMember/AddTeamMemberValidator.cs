using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.AddTeamMember;

internal sealed class AddTeamMemberValidator : AbstractValidator<AddTeamMemberRequest>
{
    public AddTeamMemberValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.UserId).IsIdInBody("user_id");
    }
}
