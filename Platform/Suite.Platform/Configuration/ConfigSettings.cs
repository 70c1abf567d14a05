using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Suite.Platform.Errors;

namespace Suite.Platform.Configuration;

/// <summary>The declared settings with their current values, in Mattermost's configuration JSON.</summary>
internal sealed class ConfigSettings(IEnumerable<ConfigSetting> declared, IConfiguration configuration)
{
    public IReadOnlyList<ConfigSetting> All { get; } = declared.OrderBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>The current value as configuration text (stored, configured, or the default).</summary>
    public string CurrentText(ConfigSetting setting) => configuration[setting.Key] is { } configured ? configured : setting.Default;

    /// <summary>The current value as the client configuration writes it: <c>true</c>/<c>false</c>, digits, or the text.</summary>
    public string ClientText(ConfigSetting setting) =>
        setting.Kind == ConfigValueKind.Text ? CurrentText(setting) : Value(setting, CurrentText(setting)).ToJsonString();

    /// <summary><c>{Section: {Name: value}}</c> for every declared setting.</summary>
    public JsonObject Document()
    {
        var document = new JsonObject();
        foreach (var setting in All)
        {
            if (document[setting.Section] is not JsonObject section)
            {
                section = [];
                document[setting.Section] = section;
            }

            section[setting.Name] = Value(setting, CurrentText(setting));
        }

        return document;
    }

    /// <summary>
    /// The changes a body asks for, as configuration text by setting; null resets a setting to its
    /// default. With <paramref name="replace"/> (a whole configuration, as <c>PUT /config</c>) a
    /// declared setting the body leaves out is reset; otherwise it is left alone. Fields Suite does
    /// not declare are ignored, as Mattermost ignores unknown fields. Throws 400 naming the first
    /// field of the wrong type or out of range.
    /// </summary>
    public IReadOnlyDictionary<ConfigSetting, string?> Changes(JsonElement body, bool replace)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The configuration must be a JSON object.");
        }

        var changes = new Dictionary<ConfigSetting, string?>();
        foreach (var setting in All)
        {
            if (!body.TryGetProperty(setting.Section, out var section) || section.ValueKind == JsonValueKind.Null)
            {
                if (replace)
                {
                    changes[setting] = null;
                }

                continue;
            }

            if (section.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"{setting.Section} must be a JSON object.");
            }

            if (section.TryGetProperty(setting.Name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                changes[setting] = Text(setting, value);
            }
            else if (replace)
            {
                changes[setting] = null;
            }
        }

        return changes;
    }

    private static string Text(ConfigSetting setting, JsonElement value) => setting.Kind switch
    {
        ConfigValueKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean() ? "true" : "false",
        ConfigValueKind.WholeNumber when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) =>
            number >= setting.Minimum && number <= setting.Maximum
                ? number.ToString(CultureInfo.InvariantCulture)
                : throw Invalid($"{setting.Path} must be between {setting.Minimum} and {setting.Maximum}."),
        ConfigValueKind.Text when value.ValueKind == JsonValueKind.String => value.GetString()!,
        _ => throw Invalid($"{setting.Path} must be {Article(setting.Kind)}."),
    };

    private static AppErrorException Invalid(string message) => new(400, "model.config.is_valid.app_error", $"Invalid configuration: {message}");

    private static string Article(ConfigValueKind kind) => kind switch
    {
        ConfigValueKind.Boolean => "true or false",
        ConfigValueKind.WholeNumber => "a whole number",
        _ => "a string",
    };

    private static JsonValue Value(ConfigSetting setting, string text) => setting.Kind switch
    {
        ConfigValueKind.Boolean => JsonValue.Create(bool.TryParse(text, out var flag) && flag),
        ConfigValueKind.WholeNumber => JsonValue.Create(long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0),
        _ => JsonValue.Create(text),
    };
}
