using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.GetUserByUsername;

internal sealed class GetUserByUsernameValidator : AbstractValidator<GetUserByUsernameRequest>
{
    public GetUserByUsernameValidator() =>
        RuleFor(x => x.Username).NotEmpty().MaximumLength(64)
            .WithAppError(ValidationRules.InvalidUrlParam, "Invalid or missing username parameter in request URL.");
}
