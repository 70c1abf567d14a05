using System.Globalization;
using System.Text.Json;

namespace Suite.Playbooks.PropertyFields;

/// <summary>Reads a date field's value as Mattermost's <c>normalizeDateValue</c> does, into RFC 3339 UTC text.</summary>
internal static class PropertyDates
{
    private const string Rfc3339 = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The value as RFC 3339 text; null when it is no date. An RFC 3339 string is kept as sent.</summary>
    public static string? Normalize(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var millis) ? FromMillis(millis) : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text.Contains('T', StringComparison.Ordinal))
        {
            return text;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
        {
            return day.ToString(Rfc3339, CultureInfo.InvariantCulture);
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? FromMillis(parsed) : null;
    }

    private static string? FromMillis(long millis) =>
        millis is >= -62_135_596_800_000 and <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime.ToString(Rfc3339, CultureInfo.InvariantCulture)
            : null;
}
