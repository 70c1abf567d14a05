using System.Globalization;
using System.Text.Json;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Csv;

/// <summary>
/// Card property values as CSV text and back: options by their label, people by username, dates as ISO 8601
/// (a day <c>2026-12-07</c> when the time is midnight UTC, else <c>2026-12-07T09:30:00Z</c>; a range
/// <c>from/to</c>), checkboxes as <c>true</c>/<c>false</c>, several values separated by <c>"; "</c>.
/// </summary>
internal static class CsvValues
{
    public const string Separator = "; ";

    public static string Format(CardPropertyTemplate property, Block card, IReadOnlyDictionary<string, string> usernames)
    {
        JsonElement value = default;
        var hasValue = card.Fields.TryGetValue("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty(property.Id, out value) && value.ValueKind != JsonValueKind.Null;
        return property.Type switch
        {
            PropertyTypes.CreatedTime => Time(card.CreateAt),
            PropertyTypes.UpdatedTime => Time(card.UpdateAt),
            PropertyTypes.CreatedBy => usernames.GetValueOrDefault(card.CreatedBy, card.CreatedBy),
            PropertyTypes.UpdatedBy => usernames.GetValueOrDefault(card.ModifiedBy, card.ModifiedBy),
            _ when !hasValue => "",
            PropertyTypes.Select => Label(property, Text(value)),
            PropertyTypes.MultiSelect => string.Join(Separator, Strings(value).Select(id => Label(property, id))),
            PropertyTypes.Person => usernames.GetValueOrDefault(Text(value), Text(value)),
            PropertyTypes.MultiPerson => string.Join(Separator, Strings(value).Select(id => usernames.GetValueOrDefault(id, id))),
            PropertyTypes.Date => DateRange(Text(value)),
            PropertyTypes.Checkbox => Text(value) == "true" ? "true" : "false",
            _ => value.ValueKind == JsonValueKind.Array ? string.Join(Separator, Strings(value)) : Text(value),
        };
    }

    /// <summary>The user ids a card's values name (people properties and creators), for one username lookup.</summary>
    public static IEnumerable<string> UserIds(Board board, Block card)
    {
        yield return card.CreatedBy;
        yield return card.ModifiedBy;
        if (!card.Fields.TryGetValue("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in board.CardProperties.Where(p => p.Type is PropertyTypes.Person or PropertyTypes.MultiPerson))
        {
            if (properties.TryGetProperty(property.Id, out var value))
            {
                foreach (var id in value.ValueKind == JsonValueKind.Array ? Strings(value) : [Text(value)])
                {
                    yield return id;
                }
            }
        }
    }

    public static IEnumerable<string> Split(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Milliseconds of an ISO 8601 date or date and time (UTC unless it says otherwise).</summary>
    public static long? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : null;

    private static string Label(CardPropertyTemplate property, string optionId) =>
        property.Options.FirstOrDefault(o => o.Id == optionId)?.Value ?? optionId;

    private static string DateRange(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var from = root.TryGetProperty("from", out var f) && f.TryGetInt64(out var fromMs) ? Time(fromMs) : "";
            var to = root.TryGetProperty("to", out var t) && t.TryGetInt64(out var toMs) ? Time(toMs) : "";
            return to.Length > 0 ? $"{from}/{to}" : from;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Time(long millis)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime;
        return time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString(time.Millisecond == 0 ? "yyyy-MM-ddTHH:mm:ssZ" : "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    private static IEnumerable<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(Text) : [Text(value)];
}
