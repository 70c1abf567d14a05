using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Preferences.GetPreferences;

internal sealed class GetPreferencesValidator : AbstractValidator<GetPreferencesRequest>
{
    public GetPreferencesValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        RuleFor(x => x.Category).MaximumLength(32)
            .WithAppError(ValidationRules.InvalidUrlParam, "Invalid category parameter in request URL: at most 32 characters.");
    }
}
