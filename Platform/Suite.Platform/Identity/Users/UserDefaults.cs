using System.Text.Json;

namespace Suite.Platform.Identity.Users;

/// <summary>What a new account starts with, as Mattermost's <c>SetDefaultNotifications</c> and default timezone.</summary>
internal static class UserDefaults
{
    public const string Locale = "en";

    public static readonly string NotifyPropsJson = JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["email"] = "true",
        ["push"] = "mention",
        ["desktop"] = "mention",
        ["desktop_sound"] = "true",
        ["mention_keys"] = "",
        ["channel"] = "true",
        ["push_status"] = "away",
        ["comments"] = "never",
        ["first_name"] = "false",
        ["desktop_threads"] = "all",
        ["email_threads"] = "all",
        ["push_threads"] = "all",
    });

    public static readonly string TimezoneJson = JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["useAutomaticTimezone"] = "true",
        ["automaticTimezone"] = "",
        ["manualTimezone"] = "",
    });
}
