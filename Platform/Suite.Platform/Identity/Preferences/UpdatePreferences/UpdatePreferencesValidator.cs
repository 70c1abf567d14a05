using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Preferences.UpdatePreferences;

internal sealed class UpdatePreferencesValidator : AbstractValidator<UpdatePreferencesRequest>
{
    public UpdatePreferencesValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        PreferenceRules.ForList(this, x => x.UserId, x => x.Preferences);
    }
}
