using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.UpdateUserActive;

internal sealed class UpdateUserActiveValidator : AbstractValidator<UpdateUserActiveRequest>
{
    public UpdateUserActiveValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
