namespace Suite.Platform.Identity.Preferences;

/// <summary>A preference as sent in a request body; missing fields become empty and fail validation.</summary>
internal sealed record PreferenceBody(string? UserId, string? Category, string? Name, string? Value)
{
    public Preference ToPreference() => new(UserId ?? "", Category ?? "", Name ?? "", Value ?? "");
}
