using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.UpdateTeamMemberRoles;

internal sealed class UpdateTeamMemberRolesValidator : AbstractValidator<UpdateTeamMemberRolesRequest>
{
    public UpdateTeamMemberRolesValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
    }
}
