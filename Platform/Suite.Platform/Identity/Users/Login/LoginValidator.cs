using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.Login;

internal sealed class LoginValidator : AbstractValidator<LoginRequest>
{
    public const int MaxLoginIdLength = 256;

    public LoginValidator()
    {
        RuleFor(x => x.LoginId).NotEmpty().When(x => x.Id.Length == 0)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing login_id in request body.");
        RuleFor(x => x.LoginId).MaximumLength(MaxLoginIdLength)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing login_id in request body.");
        RuleFor(x => x.Id).Must(Ids.IsValid).When(x => x.Id.Length > 0)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing id in request body.");
        RuleFor(x => x.Password).NotEmpty()
            .WithAppError("api.user.login.blank_pwd.app_error", "Password field must not be blank.");
        RuleFor(x => x.DeviceId).MaximumLength(512)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing device_id in request body.");
    }
}
