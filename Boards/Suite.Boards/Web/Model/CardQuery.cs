using System.Globalization;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Web.Model;

/// <summary>A view's filter, sort and grouping evaluated over a board's cards, as Focalboard's web app does in the browser.</summary>
internal static class CardQuery
{
    public const string TitleId = "title";

    /// <summary>The cards the view shows, in its order: filtered, then sorted by its sort options, else by its manual card order.</summary>
    public static List<Block> Apply(BoardData data, ViewSettings view, string search = "")
    {
        var cards = data.Cards.Where(c => Matches(data, c, view.Filter));
        if (search.Length > 0)
        {
            cards = cards.Where(c => c.Title.Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        return Sort(data, view, cards.ToList());
    }

    public static bool Matches(BoardData data, Block card, FilterGroup group)
    {
        if (group.IsEmpty)
        {
            return true;
        }

        bool One(object filter) => filter is FilterGroup nested ? Matches(data, card, nested) : Matches(data, card, (FilterClause)filter);
        return group.Operation == "or" ? group.Filters.Any(One) : group.Filters.All(One);
    }

    public static bool Matches(BoardData data, Block card, FilterClause clause)
    {
        var property = data.Property(clause.PropertyId);
        if (clause.PropertyId != TitleId && property is null)
        {
            return true;
        }

        IReadOnlyList<string> values = clause.PropertyId == TitleId
            ? (card.Title.Length == 0 ? [] : [card.Title])
            : property!.Type is PropertyTypes.CreatedTime or PropertyTypes.UpdatedTime or PropertyTypes.CreatedBy or PropertyTypes.UpdatedBy
                ? [CardValues.Value(card, property)]
                : CardValues.Values(card, property.Id);
        var text = values.Count == 0 ? "" : string.Join(",", values);
        var wanted = clause.Values.FirstOrDefault() ?? "";
        bool IgnoreCase(Func<string, string, StringComparison, bool> test) => wanted.Length == 0 || test(text, wanted, StringComparison.OrdinalIgnoreCase);
        return clause.Condition switch
        {
            "includes" => clause.Values.Count == 0 || values.Any(clause.Values.Contains),
            "notIncludes" => clause.Values.Count == 0 || !values.Any(clause.Values.Contains),
            "isEmpty" => values.Count == 0,
            "isNotEmpty" => values.Count > 0,
            "isSet" => property?.Type == PropertyTypes.Checkbox ? text == "true" : values.Count > 0,
            "isNotSet" => property?.Type == PropertyTypes.Checkbox ? text != "true" : values.Count == 0,
            "is" => wanted.Length == 0 || (property is not null && IsDate(property) ? SameDay(card, property, wanted) : string.Equals(text, wanted, StringComparison.OrdinalIgnoreCase)),
            "contains" => IgnoreCase((a, b, c) => a.Contains(b, c)),
            "notContains" => wanted.Length == 0 || !text.Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "startsWith" => IgnoreCase((a, b, c) => a.StartsWith(b, c)),
            "notStartsWith" => wanted.Length == 0 || !text.StartsWith(wanted, StringComparison.OrdinalIgnoreCase),
            "endsWith" => IgnoreCase((a, b, c) => a.EndsWith(b, c)),
            "notEndsWith" => wanted.Length == 0 || !text.EndsWith(wanted, StringComparison.OrdinalIgnoreCase),
            "isBefore" => Compare(card, property, wanted) is < 0,
            "isAfter" => Compare(card, property, wanted) is > 0,
            _ => true,
        };
    }

    public static bool IsDate(CardPropertyTemplate property) => property.Type is PropertyTypes.Date or PropertyTypes.CreatedTime or PropertyTypes.UpdatedTime;

    /// <summary>A filter's date value: milliseconds, Focalboard's <c>{"from": ms}</c>, or <c>yyyy-MM-dd</c>.</summary>
    public static long? FilterDate(string value)
    {
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return ms;
        }

        if (DateRange.Parse(value) is { } range)
        {
            return range.From;
        }

        return DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero).ToUnixTimeMilliseconds()
            : null;
    }

    private static bool SameDay(Block card, CardPropertyTemplate property, string wanted) =>
        CardValues.DateFrom(card, property) is { } from && FilterDate(wanted) is { } day && DateRange.Day(from) == DateRange.Day(day);

    // Dates compare by day; numbers as numbers; anything else as text. An empty card value never matches.
    private static int? Compare(Block card, CardPropertyTemplate? property, string wanted)
    {
        if (property is null || wanted.Length == 0)
        {
            return null;
        }

        if (IsDate(property))
        {
            if (CardValues.DateFrom(card, property) is not { } from || FilterDate(wanted) is not { } day)
            {
                return null;
            }

            return string.CompareOrdinal(DateRange.Day(from), DateRange.Day(day));
        }

        var value = CardValues.Value(card, property);
        if (value.Length == 0)
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && double.TryParse(wanted, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            ? a.CompareTo(b)
            : string.Compare(value, wanted, StringComparison.OrdinalIgnoreCase);
    }

    public static List<Block> Sort(BoardData data, ViewSettings view, List<Block> cards)
    {
        var manual = view.CardOrder.Select((id, index) => (id, index)).GroupBy(p => p.id).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        IOrderedEnumerable<Block> ordered = cards.OrderBy(c => manual.TryGetValue(c.Id, out var index) ? index : int.MaxValue);
        if (view.SortOptions.Count > 0)
        {
            ordered = cards.OrderBy(_ => 0);
            foreach (var sort in view.SortOptions)
            {
                var key = SortKey(data, sort.PropertyId);
                ordered = sort.Reversed ? ordered.ThenByDescending(key, SortKeyComparer.Instance) : ordered.ThenBy(key, SortKeyComparer.Instance);
            }

            ordered = ordered.ThenBy(c => manual.TryGetValue(c.Id, out var index) ? index : int.MaxValue);
        }

        return ordered.ThenBy(c => c.CreateAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private static Func<Block, SortKeyValue> SortKey(BoardData data, string propertyId)
    {
        if (propertyId is ViewSettings.TitleId or TitleId)
        {
            return c => SortKeyValue.OfText(c.Title);
        }

        var property = data.Property(propertyId);
        if (property is null)
        {
            return _ => SortKeyValue.Empty;
        }

        if (property.Type is PropertyTypes.Select or PropertyTypes.MultiSelect)
        {
            var rank = property.Options.Select((o, i) => (o.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            return c => CardValues.Values(c, property.Id) is { Count: > 0 } values && rank.TryGetValue(values[0], out var r) ? SortKeyValue.OfNumber(r) : SortKeyValue.Empty;
        }

        if (IsDate(property))
        {
            return c => CardValues.DateFrom(c, property) is { } from ? SortKeyValue.OfNumber(from) : SortKeyValue.Empty;
        }

        if (property.Type == PropertyTypes.Number)
        {
            return c => double.TryParse(CardValues.Text(c, property.Id), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? SortKeyValue.OfNumber(n) : SortKeyValue.Empty;
        }

        return c => SortKeyValue.OfText(CardValues.Value(c, property));
    }

    /// <summary>The kanban columns of a view grouped by <paramref name="property"/>: "No value" first, then its options (or people) in the view's order.</summary>
    public static List<KanbanColumn> Group(BoardData data, ViewSettings view, CardPropertyTemplate? property, IReadOnlyList<Block> cards)
    {
        if (property is null)
        {
            return [new KanbanColumn("", "All cards", "propColorDefault", cards.ToList())];
        }

        var values = new List<(string Id, string Name, string Color)>();
        if (property.Type == PropertyTypes.Select)
        {
            values.AddRange(property.Options.Select(o => (o.Id, o.Value, o.Color)));
        }
        else
        {
            foreach (var id in cards.Select(c => CardValues.Value(c, property)).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
            {
                values.Add((id, id, "propColorDefault"));
            }
        }

        var byValue = cards.GroupBy(c => CardValues.Value(c, property)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var noValue = new KanbanColumn("", $"No {property.Name}", "propColorDefault", byValue.GetValueOrDefault("") ?? []);
        var known = values.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);

        // Cards naming an option the board no longer has stay visible, with the cards without a value.
        noValue.Cards.AddRange(byValue.Where(p => p.Key.Length > 0 && !known.Contains(p.Key)).SelectMany(p => p.Value));
        var order = view.VisibleOptionIds;
        return values.Select(v => new KanbanColumn(v.Id, v.Name, v.Color, byValue.GetValueOrDefault(v.Id) ?? []))
            .Prepend(noValue)
            .OrderBy(c => ColumnPosition(order, c.OptionId))
            .ToList();
    }

    // As in Focalboard: the view's visibleOptionIds order the columns, options it does not name come last, and the
    // column of cards without a value ("") comes first unless the order places it.
    private static int ColumnPosition(List<string> order, string optionId) =>
        order.IndexOf(optionId) is var i && i >= 0 ? i : optionId.Length == 0 ? -1 : int.MaxValue;
}

/// <summary>One kanban column: an option (or "" for cards without a value) and its cards in the view's order.</summary>
internal sealed record KanbanColumn(string OptionId, string Name, string Color, List<Block> Cards);

/// <summary>A sort key: empty values sort after the others (before them when the sort is reversed).</summary>
internal readonly record struct SortKeyValue(bool IsEmpty, double Number, string Text)
{
    public static readonly SortKeyValue Empty = new(true, 0, "");

    public static SortKeyValue OfNumber(double value) => new(false, value, "");

    public static SortKeyValue OfText(string value) => value.Length == 0 ? Empty : new(false, 0, value);
}

internal sealed class SortKeyComparer : IComparer<SortKeyValue>
{
    public static readonly SortKeyComparer Instance = new();

    public int Compare(SortKeyValue x, SortKeyValue y)
    {
        if (x.IsEmpty || y.IsEmpty)
        {
            return x.IsEmpty == y.IsEmpty ? 0 : x.IsEmpty ? 1 : -1;
        }

        var byNumber = x.Number.CompareTo(y.Number);
        return byNumber != 0 ? byNumber : string.Compare(x.Text, y.Text, StringComparison.OrdinalIgnoreCase);
    }
}
