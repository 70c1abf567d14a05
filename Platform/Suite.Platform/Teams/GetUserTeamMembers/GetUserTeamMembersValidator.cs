using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.GetUserTeamMembers;

internal sealed class GetUserTeamMembersValidator : AbstractValidator<GetUserTeamMembersRequest>
{
    public GetUserTeamMembersValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
