using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.RemoveTeamMember;

internal sealed class RemoveTeamMemberValidator : AbstractValidator<RemoveTeamMemberRequest>
{
    public RemoveTeamMemberValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
    }
}
