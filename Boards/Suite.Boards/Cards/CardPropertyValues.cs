using System.Globalization;
using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform;

namespace Suite.Boards.Cards;

/// <summary>
/// Checks card property values against the board's property types, in the form Focalboard stores them:
/// every value is a string (a number as text, a date as the JSON text <c>{"from": ms, "to": ms}</c>, a
/// checkbox as <c>"true"</c>) or, for multi-select and multi-person, an array of strings; an option must be
/// one of the property's; computed properties (created/updated time and by) hold nothing. A null or empty
/// value clears the property.
/// </summary>
internal static class CardPropertyValues
{
    public static void Validate(Board board, IReadOnlyDictionary<string, JsonElement> values)
    {
        foreach (var (propertyId, value) in values)
        {
            var property = board.CardProperties.FirstOrDefault(p => p.Id == propertyId)
                ?? throw Invalid($"the board has no property \"{propertyId}\"");
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || value is { ValueKind: JsonValueKind.String } && value.GetString()!.Length == 0)
            {
                continue;
            }

            var problem = property.Type switch
            {
                _ when PropertyTypes.Computed.Contains(property.Type) => "is computed by the server and cannot be set",
                PropertyTypes.MultiSelect => EachString(value, id => property.Options.Any(o => o.Id == id), "must be an array of the property's option ids"),
                PropertyTypes.MultiPerson => EachString(value, Ids.IsValid, "must be an array of user ids"),
                PropertyTypes.File or PropertyTypes.Unknown => value.ValueKind == JsonValueKind.String ? null : EachString(value, _ => true, "must be a string or an array of strings"),
                _ when value.ValueKind != JsonValueKind.String => "must be a string",
                _ => CheckText(property, value.GetString()!),
            };
            if (problem is not null)
            {
                throw Invalid($"value of property \"{property.Name}\" ({property.Type}) {problem}");
            }
        }
    }

    private static string? CheckText(CardPropertyTemplate property, string text) => property.Type switch
    {
        PropertyTypes.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? null : "must be a number",
        PropertyTypes.Select => property.Options.Any(o => o.Id == text) ? null : "must be one of the property's option ids",
        PropertyTypes.Person => Ids.IsValid(text) ? null : "must be a user id",
        PropertyTypes.Checkbox => text is "true" or "false" ? null : "must be \"true\" or empty",
        PropertyTypes.Date => IsDateRange(text) ? null : "must be a JSON text {\"from\": ms, \"to\": ms}",
        PropertyTypes.Email => IsEmail(text) ? null : "must be an email address",
        _ => null,
    };

    private static string? EachString(JsonElement value, Func<string, bool> valid, string problem) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String && valid(item.GetString()!))
            ? null
            : problem;

    private static bool IsDateRange(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.EnumerateObject().All(p => p.Name is not ("from" or "to") || p.Value.ValueKind == JsonValueKind.Number)
                && (root.TryGetProperty("from", out _) || root.TryGetProperty("to", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < text.Length - 1 && at == text.LastIndexOf('@') && !text.Any(char.IsWhiteSpace);
    }

    private static Platform.Errors.AppErrorException Invalid(string detail) => BoardsErrors.BadRequest($"invalid card property, {detail}");
}
