using System.Globalization;
using System.Text.Json;
using Suite.Boards.Boards;
using Suite.Boards.Reminders;

namespace Suite.Boards.Notifications;

/// <summary>A card property value as people read it in a notice: option labels, @usernames, dates as days.</summary>
internal static class PropertyDisplay
{
    public static string Text(CardPropertyTemplate? property, JsonElement? value, IReadOnlyDictionary<string, string> usernames)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return "";
        }

        var items = element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : element.ValueKind == JsonValueKind.String ? [element.GetString()!] : [element.GetRawText()];
        return string.Join(", ", items.Where(i => i.Length > 0).Select(item => property?.Type switch
        {
            PropertyTypes.Select or PropertyTypes.MultiSelect => property.Options.FirstOrDefault(o => o.Id == item)?.Value ?? item,
            PropertyTypes.Person or PropertyTypes.MultiPerson => usernames.TryGetValue(item, out var name) ? "@" + name : item,
            PropertyTypes.Date => DateText(item),
            _ => item,
        }));
    }

    /// <summary>The user ids a person or multi-person value names.</summary>
    public static IEnumerable<string> People(CardPropertyTemplate? property, JsonElement? value)
    {
        if (property?.Type is not (PropertyTypes.Person or PropertyTypes.MultiPerson) || value is not { } element)
        {
            return [];
        }

        return element.ValueKind switch
        {
            JsonValueKind.String when element.GetString()!.Length > 0 => [element.GetString()!],
            JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0),
            _ => [],
        };
    }

    private static string DateText(string json)
    {
        if (DueDates.ParseRange(json) is not { } range)
        {
            return json;
        }

        var text = Day(range.From);
        return range.To is { } end && end != range.From ? $"{text} → {Day(end)}" : text;
    }

    private static string Day(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
