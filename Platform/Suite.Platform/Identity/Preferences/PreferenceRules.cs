using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Preferences;

/// <summary>Mattermost's <c>Preference.IsValid</c> for a list sent to change a user's preferences.</summary>
internal static class PreferenceRules
{
    public const int MaxPerRequest = 100;

    public static void ForList<T>(AbstractValidator<T> validator, Func<T, string> userId, Func<T, IReadOnlyList<Preference>> preferences)
    {
        validator.RuleFor(x => preferences(x)).Must(p => p.Count is > 0 and <= MaxPerRequest)
            .WithAppError(ValidationRules.InvalidBodyParam, $"Invalid preferences in request body: send 1 to {MaxPerRequest} preferences.")
            .OverridePropertyName("preferences");
        validator.RuleForEach(x => preferences(x)).ChildRules(rule =>
        {
            rule.RuleFor(p => p.Category).Must(c => c.Length is > 0 and <= 32)
                .WithAppError("model.preference.is_valid.category.app_error", "Invalid category: 1 to 32 characters.");
            rule.RuleFor(p => p.Name).Must(n => n.Length is > 0 and <= 32)
                .WithAppError("model.preference.is_valid.name.app_error", "Invalid name: 1 to 32 characters.");
            rule.RuleFor(p => p.Value).Must(v => v.Length <= 2000)
                .WithAppError("model.preference.is_valid.value.app_error", "Invalid value: at most 2000 characters.");
        }).OverridePropertyName("preferences");
        validator.RuleForEach(x => preferences(x)).Must((request, p) => p.UserId == userId(request))
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid user_id in a preference: it must be the user in the URL.")
            .OverridePropertyName("preferences");
    }
}
