using System.Globalization;
using System.Text.Json;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Web.Model;

/// <summary>Reads a card block's fields as Focalboard stores them (<c>fields.properties</c>, <c>contentOrder</c>, <c>icon</c>).</summary>
internal static class CardValues
{
    public static bool IsTemplate(Block card) =>
        card.Fields.TryGetValue("isTemplate", out var value) && value.ValueKind == JsonValueKind.True;

    public static string Icon(Block card) =>
        card.Fields.TryGetValue("icon", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>The stored value of a property; <see cref="JsonValueKind.Undefined"/> when the card has none.</summary>
    public static JsonElement Raw(Block card, string propertyId) =>
        card.Fields.TryGetValue("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty(propertyId, out var value) ? value : default;

    /// <summary>A single-valued property (text, number, select option id, person id, date JSON, checkbox) as its string; "" when unset.</summary>
    public static string Text(Block card, string propertyId)
    {
        var value = Raw(card, propertyId);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            _ => "",
        };
    }

    /// <summary>Every value of a property: the option or person ids of a multi-valued one, else the one value (none when unset).</summary>
    public static IReadOnlyList<string> Values(Block card, string propertyId)
    {
        var value = Raw(card, propertyId);
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(v => v.Length > 0).ToList();
        }

        var text = Text(card, propertyId);
        return text.Length == 0 ? [] : [text];
    }

    /// <summary>What a property holds for <paramref name="card"/>, including the computed ones, in comparable form.</summary>
    public static string Value(Block card, CardPropertyTemplate property) => property.Type switch
    {
        PropertyTypes.CreatedTime => card.CreateAt.ToString(CultureInfo.InvariantCulture),
        PropertyTypes.UpdatedTime => card.UpdateAt.ToString(CultureInfo.InvariantCulture),
        PropertyTypes.CreatedBy => card.CreatedBy,
        PropertyTypes.UpdatedBy => card.ModifiedBy,
        _ => Text(card, property.Id),
    };

    /// <summary>The start of a date property's range (ms), or of a computed time; null when unset or unreadable.</summary>
    public static long? DateFrom(Block card, CardPropertyTemplate property)
    {
        if (property.Type is PropertyTypes.CreatedTime)
        {
            return card.CreateAt;
        }

        if (property.Type is PropertyTypes.UpdatedTime)
        {
            return card.UpdateAt;
        }

        return DateRange.Parse(Text(card, property.Id))?.From;
    }

    public static IReadOnlyList<JsonElement> ContentOrder(Block card) =>
        card.Fields.TryGetValue("contentOrder", out var order) && order.ValueKind == JsonValueKind.Array ? order.EnumerateArray().ToList() : [];

    /// <summary>The ids of <see cref="ContentOrder"/>, side-by-side groups flattened.</summary>
    public static IEnumerable<string> ContentIds(Block card) =>
        ContentOrder(card).SelectMany(e => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : new List<JsonElement> { e })
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);
}

/// <summary>Focalboard's date value: the JSON text <c>{"from": ms, "to": ms}</c>, <c>to</c> optional.</summary>
internal sealed record DateRange(long From, long? To)
{
    public static DateRange? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("from", out var from) || !from.TryGetInt64(out var start))
            {
                return null;
            }

            long? end = root.TryGetProperty("to", out var to) && to.TryGetInt64(out var stop) ? stop : null;
            return new DateRange(start, end);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToJson() => To is { } to
        ? $"{{\"from\":{From.ToString(CultureInfo.InvariantCulture)},\"to\":{to.ToString(CultureInfo.InvariantCulture)}}}"
        : $"{{\"from\":{From.ToString(CultureInfo.InvariantCulture)}}}";

    public static string Day(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
