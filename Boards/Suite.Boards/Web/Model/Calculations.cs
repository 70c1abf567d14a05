using System.Globalization;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Web.Model;

/// <summary>Focalboard's column calculations (<c>columnCalculations</c>, <c>kanbanCalculations</c>) over a list of cards.</summary>
internal static class Calculations
{
    /// <summary>The calculations offered for any property, then those for numbers, then those for dates.</summary>
    public static readonly string[] General = ["count", "countEmpty", "countNotEmpty", "percentEmpty", "percentNotEmpty", "countUniqueValue"];

    public static readonly string[] Numeric = ["sum", "average", "median", "min", "max", "range"];

    public static readonly string[] Checkbox = ["countChecked", "countUnchecked", "percentChecked"];

    public static IEnumerable<string> For(CardPropertyTemplate? property) => property?.Type switch
    {
        PropertyTypes.Number => [.. General, .. Numeric],
        PropertyTypes.Checkbox => [.. General, .. Checkbox],
        _ => General,
    };

    public static string Label(string calculation) => calculation switch
    {
        "count" => "Count",
        "countEmpty" => "Empty",
        "countNotEmpty" => "Not empty",
        "percentEmpty" => "Percent empty",
        "percentNotEmpty" => "Percent not empty",
        "countUniqueValue" => "Unique values",
        "countChecked" => "Checked",
        "countUnchecked" => "Unchecked",
        "percentChecked" => "Percent checked",
        "sum" => "Sum",
        "average" => "Average",
        "median" => "Median",
        "min" => "Min",
        "max" => "Max",
        "range" => "Range",
        _ => calculation,
    };

    /// <summary>The result as shown under the column; "" for an unknown calculation.</summary>
    public static string Calculate(string calculation, IReadOnlyList<Block> cards, CardPropertyTemplate? property)
    {
        string Value(Block card) => property is null ? card.Title : CardValues.Value(card, property);
        var values = cards.Select(Value).ToList();
        var filled = values.Count(v => v.Length > 0);
        string Percent(int part) => cards.Count == 0 ? "0%" : (100.0 * part / cards.Count).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        var numbers = values.Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
            .Where(n => n is not null).Select(n => n!.Value).OrderBy(n => n).ToList();
        string Number(Func<List<double>, double> f) => numbers.Count == 0 ? "" : f(numbers).ToString("0.##", CultureInfo.InvariantCulture);
        return calculation switch
        {
            "count" => cards.Count.ToString(CultureInfo.InvariantCulture),
            "countEmpty" => (cards.Count - filled).ToString(CultureInfo.InvariantCulture),
            "countNotEmpty" => filled.ToString(CultureInfo.InvariantCulture),
            "percentEmpty" => Percent(cards.Count - filled),
            "percentNotEmpty" => Percent(filled),
            "countUniqueValue" => values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture),
            "countChecked" => values.Count(v => v == "true").ToString(CultureInfo.InvariantCulture),
            "countUnchecked" => values.Count(v => v != "true").ToString(CultureInfo.InvariantCulture),
            "percentChecked" => Percent(values.Count(v => v == "true")),
            "sum" => Number(n => n.Sum()),
            "average" => Number(n => n.Average()),
            "median" => Number(n => n.Count % 2 == 1 ? n[n.Count / 2] : (n[(n.Count / 2) - 1] + n[n.Count / 2]) / 2),
            "min" => Number(n => n[0]),
            "max" => Number(n => n[^1]),
            "range" => Number(n => n[^1] - n[0]),
            _ => "",
        };
    }
}
