using System.Globalization;
using CsvHelper;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Compliance.ExportRuns;

/// <summary>The export as CSV: one row per timeline event in the period, deleted events included and marked.</summary>
internal static class TimelineCsv
{
    // A value starting with =, +, - or @ is escaped so a spreadsheet never runs it as a formula.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    public static string Write(IEnumerable<PlaybookRun> runs, long start, long end, IReadOnlyDictionary<string, string> usernames)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecords(runs.SelectMany(run => run.TimelineEvents
                .Where(e => e.EventAt >= start && e.EventAt < end)
                .OrderBy(e => e.EventAt)
                .Select(e => Row(run, e, usernames))));
        }

        return text.ToString();
    }

    public static IEnumerable<string> UserIds(IEnumerable<PlaybookRun> runs) =>
        runs.SelectMany(r => r.TimelineEvents.Select(e => e.CreatorUserId)).Where(id => id.Length > 0).Distinct();

    private static TimelineCsvRow Row(PlaybookRun run, TimelineEvent e, IReadOnlyDictionary<string, string> usernames) => new(
        run.Id,
        run.SequentialId,
        run.Name,
        run.TeamId,
        run.ChannelId,
        run.PlaybookId,
        DateTimeOffset.FromUnixTimeMilliseconds(e.EventAt).ToString("O", CultureInfo.InvariantCulture),
        e.EventType,
        e.CreatorUserId,
        usernames.GetValueOrDefault(e.CreatorUserId, ""),
        e.SubjectUserId,
        e.Summary,
        e.Details,
        e.PostId,
        e.DeleteAt > 0);
}
