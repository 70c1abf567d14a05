using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Preferences.DeletePreferences;

internal sealed class DeletePreferencesValidator : AbstractValidator<DeletePreferencesRequest>
{
    public DeletePreferencesValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        PreferenceRules.ForList(this, x => x.UserId, x => x.Preferences);
    }
}
