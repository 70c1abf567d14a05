using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.GetUserByEmail;

internal sealed class GetUserByEmailValidator : AbstractValidator<GetUserByEmailRequest>
{
    public GetUserByEmailValidator() =>
        RuleFor(x => x.Email).NotEmpty().MaximumLength(128).Must(email => email.Contains('@', StringComparison.Ordinal))
            .WithAppError(ValidationRules.InvalidUrlParam, "Invalid or missing email parameter in request URL.");
}
