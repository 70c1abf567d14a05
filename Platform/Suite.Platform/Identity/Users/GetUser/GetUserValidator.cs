using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.GetUser;

internal sealed class GetUserValidator : AbstractValidator<GetUserRequest>
{
    public GetUserValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
