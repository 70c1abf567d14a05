using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Errors;

namespace Suite.Playbooks.PropertyFields;

/// <summary>Reads a value sent for a run's field, and shows one in a timeline summary.</summary>
internal static class RunPropertyValues
{
    public const int MaxTextLength = 4096;

    public static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>
    /// The value as stored, as Mattermost sanitizes it: a trimmed string (text), an option id (select), distinct
    /// option ids (multiselect), an RFC 3339 UTC time (date, sent as one, as <c>YYYY-MM-DD</c> or as Unix
    /// milliseconds), a user id (user) or distinct user ids (multiuser); null when empty. Anything else is a
    /// 400 naming the field.
    /// </summary>
    public static JsonElement Normalize(PropertyField field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return Null;
        }

        switch (field.Type)
        {
            case PropertyFieldTypes.Text:
                var text = Text(value, "a string").Trim();
                return text.Length > MaxTextLength ? throw Invalid($"must be at most {MaxTextLength} characters.") : Element(text);
            case PropertyFieldTypes.Select:
                var choice = Text(value, "an option id");
                return choice.Length == 0 ? Null : IsOption(field, choice) ? Element(choice) : throw Invalid($"{choice} is not a choice of {field.Name}.");
            case PropertyFieldTypes.Multiselect:
                var choices = Strings(value, "a list of option ids");
                var unknown = choices.FirstOrDefault(c => !IsOption(field, c));
                return unknown is not null ? throw Invalid($"{unknown} is not a choice of {field.Name}.") : choices.Count == 0 ? Null : Element(choices);
            case PropertyFieldTypes.Date:
                return Element(PropertyDates.Normalize(value) ?? throw Invalid("must be an RFC 3339 date and time, a YYYY-MM-DD date or a number of milliseconds since 1970."));
            case PropertyFieldTypes.Multiuser:
                var userIds = Strings(value, "a list of user ids");
                return userIds.Any(id => !Ids.IsValid(id)) ? throw Invalid("must hold valid user ids.") : userIds.Count == 0 ? Null : Element(userIds);
            default:
                var userId = Text(value, "a user id");
                return userId.Length == 0 ? Null : Ids.IsValid(userId) ? Element(userId) : throw Invalid("must be a valid user id.");
        }
    }

    /// <summary>The user ids a value of a user or multiuser field names.</summary>
    public static IEnumerable<string> UserIds(PropertyField field, JsonElement value) =>
        !PropertyFieldTypes.HoldsUsers(field.Type) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => e.GetString()!)
        : [];

    /// <summary>How the timeline shows a value: the text, the choices' names, the users' mentions or the date; empty for none.</summary>
    public static string Display(PropertyField field, JsonElement value, IReadOnlyDictionary<string, string> mentions) => value.ValueKind switch
    {
        _ when PropertyFieldTypes.HoldsUsers(field.Type) => string.Join(", ", UserIds(field, value).Select(id => mentions.GetValueOrDefault(id, id))),
        JsonValueKind.String when field.Type == PropertyFieldTypes.Select => OptionName(field, value.GetString()!),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => OptionName(field, e.GetString()!))),
        _ => "",
    };

    public static bool Same(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText();

    private static string OptionName(PropertyField field, string optionId) => field.Attrs.Options.FirstOrDefault(o => o.Id == optionId)?.Name ?? optionId;

    private static bool IsOption(PropertyField field, string optionId) => field.Attrs.Options.Any(o => o.Id == optionId);

    private static string Text(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid($"must be {what}.");

    private static List<string> Strings(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal).ToList()
            : throw Invalid($"must be {what}.");

    private static JsonElement Element<T>(T value) => JsonSerializer.SerializeToElement(value);

    private static AppErrorException Invalid(string detail) => AppErrorException.InvalidBody("value", $"value {detail}");
}
