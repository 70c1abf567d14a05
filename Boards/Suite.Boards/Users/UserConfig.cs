using System.Text.Json.Serialization;

namespace Suite.Boards.Users;

/// <summary>
/// A user's Boards settings (Focalboard's user preferences: the onboarding tour, hidden hints, last viewed
/// boards), one document per user in the module's own schema; read and written only by the user.
/// </summary>
public sealed class UserConfig
{
    /// <summary>The user's id.</summary>
    public string Id { get; set; } = "";

    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The body of <c>PUT /users/{id}/config</c>: Focalboard's <c>UserPreferencesPatch</c>.</summary>
public sealed class UserConfigPatch
{
    public Dictionary<string, string>? UpdatedFields { get; set; }

    public List<string>? DeletedFields { get; set; }
}

/// <summary>One setting as the Boards plugin answers it: a Mattermost <c>Preference</c> of the category <c>focalboard</c>.</summary>
internal sealed record UserConfigValue(
    [property: JsonPropertyName("user_id")] string UserId,
    string Category,
    string Name,
    string Value)
{
    public const string BoardsCategory = "focalboard";

    public static IReadOnlyList<UserConfigValue> List(UserConfig? config, string userId) =>
        config is null
            ? []
            : config.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new UserConfigValue(userId, BoardsCategory, v.Key, v.Value)).ToList();
}
