using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Suite.LoadBench;

internal static class Stats
{
    /// <summary>Nearest-rank percentile of <paramref name="sorted"/> (ascending), in the values' unit.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Milliseconds(long fromTimestamp, long toTimestamp) =>
        (toTimestamp - fromTimestamp) * 1000.0 / Stopwatch.Frequency;

    public static string Format(double value, string format = "0.0") =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>A plain-text table, columns padded to their widest cell.</summary>
internal sealed class Table(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder().AppendLine(title);
        void Line(string[] cells) => text.AppendLine("| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |");
        Line(headers);
        text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}

/// <summary>What the run found; printed at the end (and as it goes, so a failed run still shows its figures).</summary>
internal sealed class Report
{
    private readonly List<string> _sections = [];

    public void Add(string section)
    {
        _sections.Add(section);
        Console.WriteLine();
        Console.WriteLine(section);
    }

    public void Note(string text) => Add(text);

    public override string ToString() => string.Join(Environment.NewLine, _sections);
}
