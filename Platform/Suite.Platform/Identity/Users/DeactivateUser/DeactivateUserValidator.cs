using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.DeactivateUser;

internal sealed class DeactivateUserValidator : AbstractValidator<DeactivateUserRequest>
{
    public DeactivateUserValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
