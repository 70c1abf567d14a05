using System.Text.Json;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Reminders;

/// <summary>
/// A card's due date: the value of its board's first <c>date</c> property named "Due Date" or "Due"
/// (case-insensitive, as the built-in templates name it). A range is due on its last day (<c>to</c>,
/// else <c>from</c>). Days are UTC days.
/// </summary>
internal static class DueDates
{
    public static CardPropertyTemplate? DueProperty(Board board) =>
        board.CardProperties.FirstOrDefault(p => p.Type == PropertyTypes.Date && p.Name.Trim() is var name
            && (name.Equals("Due Date", StringComparison.OrdinalIgnoreCase) || name.Equals("Due", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The day the card is due (UTC, or shifted by <paramref name="offset"/>); null when the board has no due date property or the card no value.</summary>
    public static DateOnly? DueDay(Board board, Block card, TimeSpan offset = default) =>
        DueAt(board, card) is { } at ? Day(at + (long)offset.TotalMilliseconds) : null;

    /// <summary>When the card is due, in ms; null when the board has no due date property or the card no value.</summary>
    public static long? DueAt(Board board, Block card)
    {
        if (DueProperty(board) is not { } property
            || !card.Fields.TryGetValue("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(property.Id, out var value) || value.ValueKind != JsonValueKind.String
            || ParseRange(value.GetString()!) is not { } range)
        {
            return null;
        }

        return range.To ?? range.From;
    }

    public static DateOnly Day(long ms) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);

    /// <summary>Focalboard's stored date, the JSON text <c>{"from": ms, "to": ms}</c>; null when it is not one.</summary>
    public static (long From, long? To)? ParseRange(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            long? from = root.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.Number && f.TryGetInt64(out var fromMs) ? fromMs : null;
            long? to = root.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var toMs) ? toMs : null;
            return from is { } start ? (start, to) : to is { } end ? (end, null) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
