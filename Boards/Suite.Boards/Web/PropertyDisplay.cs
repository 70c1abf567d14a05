using System.Globalization;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Web.Model;

namespace Suite.Boards.Web;

/// <summary>How a card's property value reads on screen: option names, @usernames, dates, "Yes" for a ticked checkbox.</summary>
internal static class PropertyDisplay
{
    public static string Text(Block card, CardPropertyTemplate property, Func<string, string> username)
    {
        switch (property.Type)
        {
            case PropertyTypes.Select or PropertyTypes.MultiSelect:
                return string.Join(", ", CardValues.Values(card, property.Id).Select(id => property.Options.FirstOrDefault(o => o.Id == id)?.Value ?? ""));
            case PropertyTypes.Person or PropertyTypes.MultiPerson:
                return string.Join(", ", CardValues.Values(card, property.Id).Select(id => "@" + username(id)));
            case PropertyTypes.CreatedBy or PropertyTypes.UpdatedBy:
                return "@" + username(CardValues.Value(card, property));
            case PropertyTypes.CreatedTime or PropertyTypes.UpdatedTime:
                return Time(long.Parse(CardValues.Value(card, property), CultureInfo.InvariantCulture));
            case PropertyTypes.Date:
                var range = DateRange.Parse(CardValues.Text(card, property.Id));
                return range is null ? "" : range.To is { } to ? $"{DateRange.Day(range.From)} → {DateRange.Day(to)}" : DateRange.Day(range.From);
            case PropertyTypes.Checkbox:
                return CardValues.Text(card, property.Id) == "true" ? "Yes" : "";
            default:
                return CardValues.Text(card, property.Id);
        }
    }

    public static string Time(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
