using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Integrations.IncomingWebhooks;

/// <summary>Mattermost's limits on an incoming webhook's fields, shared by create and update.</summary>
internal static class IncomingWebhookRules
{
    public static void HookFields<T>(this AbstractValidator<T> validator, Func<T, string?> channelId, Func<T, string?> displayName, Func<T, string?> description, Func<T, string?> username, Func<T, string?> iconUrl)
    {
        validator.RuleFor(r => channelId(r)).Must(Ids.IsValid).OverridePropertyName("channel_id").WithMessage("must be a valid id.");
        validator.RuleFor(r => displayName(r)).MaximumLength(64).OverridePropertyName("display_name");
        validator.RuleFor(r => description(r)).MaximumLength(500).OverridePropertyName("description");
        validator.RuleFor(r => username(r)).MaximumLength(64).OverridePropertyName("username");
        validator.RuleFor(r => iconUrl(r)).MaximumLength(1024).Must(u => string.IsNullOrEmpty(u) || IsHttpUrl(u)).OverridePropertyName("icon_url").WithMessage("must be an http or https URL.");
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
