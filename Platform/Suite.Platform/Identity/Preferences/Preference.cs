namespace Suite.Platform.Identity.Preferences;

/// <summary>Mattermost's <c>Preference</c>.</summary>
internal sealed record Preference(string UserId, string Category, string Name, string Value);
