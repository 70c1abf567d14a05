using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.GetUsers;

internal sealed class GetUsersValidator : AbstractValidator<GetUsersRequest>
{
    public GetUsersValidator() => RuleFor(x => x.InTeam).IsIdInUrl("in_team").When(x => x.InTeam.Length > 0);
}
