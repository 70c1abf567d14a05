using System.Text.Json;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>Reading fields of a sender's JSON with errors that name the field.</summary>
internal static class PayloadFields
{
    public const int MaxText = 16 * 1024;

    public static string OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw AlertErrors.InvalidPayload($"{path} must be a string.");
        }

        var text = value.GetString()!;
        return text.Length > MaxText ? throw AlertErrors.InvalidPayload($"{path} is longer than {MaxText} characters.") : text;
    }

    /// <summary>An object of strings (labels, annotations); numbers and booleans are taken as their text.</summary>
    public static Dictionary<string, string> StringMap(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw AlertErrors.InvalidPayload($"{path} must be an object.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => throw AlertErrors.InvalidPayload($"{path}.{property.Name} must be a string."),
            };
        }

        return map;
    }
}
