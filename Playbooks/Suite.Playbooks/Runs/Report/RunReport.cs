using System.Globalization;
using System.Text;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.Report;

/// <summary>
/// The incident report as Markdown: summary, owner and participants, checklist state, status
/// updates, metrics, the retrospective and the timeline. Text people wrote goes in as they wrote it
/// (it is Markdown already); names and times are the server's.
/// </summary>
internal static class RunReport
{
    public static string Markdown(PlaybookRun run, Playbook? playbook, IReadOnlyDictionary<string, string> mentions)
    {
        string Name(string userId) => mentions.GetValueOrDefault(userId, userId);
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"# {(run.SequentialId.Length > 0 ? run.SequentialId + ": " : "")}{run.Name}\n\n");
        report.Append(CultureInfo.InvariantCulture, $"- **Status:** {(run.CurrentStatus == RunStatuses.Finished ? "Finished" : "In progress")}\n");
        report.Append(CultureInfo.InvariantCulture, $"- **Started:** {Time(run.CreateAt)}\n");
        if (run.EndAt > 0)
        {
            report.Append(CultureInfo.InvariantCulture, $"- **Ended:** {Time(run.EndAt)} (after {Duration(run.EndAt - run.CreateAt)})\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"- **Owner:** {Name(run.OwnerUserId)}\n");
        report.Append(CultureInfo.InvariantCulture, $"- **Participants:** {string.Join(", ", run.ParticipantIds.Select(Name))}\n");
        if (playbook is not null)
        {
            report.Append(CultureInfo.InvariantCulture, $"- **Playbook:** {playbook.Title}\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"- **Tasks done:** {run.TaskCompleted} of {run.TaskTotal}\n\n");
        Section(report, "Summary", run.Summary);

        report.Append("## Checklists\n\n");
        foreach (var checklist in run.Checklists)
        {
            report.Append(CultureInfo.InvariantCulture, $"### {checklist.Title}\n\n");
            foreach (var item in checklist.Items)
            {
                var assignee = item.AssigneeId.Length > 0 ? $" ({Name(item.AssigneeId)})" : "";
                report.Append(CultureInfo.InvariantCulture, $"- {Mark(item.State)} {item.Title}{assignee}\n");
            }

            report.Append('\n');
        }

        var updates = run.TimelineEvents.Where(e => e.EventType == TimelineEventTypes.StatusUpdated && e.DeleteAt == 0).ToList();
        report.Append("## Status updates\n\n");
        foreach (var update in updates)
        {
            report.Append(CultureInfo.InvariantCulture, $"**{Time(update.EventAt)}, {Name(update.CreatorUserId)}**\n\n{update.Details}\n\n");
        }

        if (updates.Count == 0)
        {
            report.Append("None.\n\n");
        }

        if (playbook is { Metrics.Count: > 0 })
        {
            report.Append("## Metrics\n\n| Metric | Value | Target |\n| --- | --- | --- |\n");
            foreach (var metric in playbook.Metrics)
            {
                var value = run.MetricsData.FirstOrDefault(m => m.MetricConfigId == metric.Id)?.Value;
                report.Append(CultureInfo.InvariantCulture, $"| {metric.Title} | {Metric(metric.Type, value)} | {Metric(metric.Type, metric.Target)} |\n");
            }

            report.Append('\n');
        }

        Section(report, "Retrospective", run.RetrospectiveWasCanceled ? "No retrospective for this run." : run.Retrospective);

        report.Append("## Timeline\n\n| Time | Event | By |\n| --- | --- | --- |\n");
        foreach (var entry in run.TimelineEvents.Where(e => e.DeleteAt == 0).OrderBy(e => e.EventAt))
        {
            report.Append(CultureInfo.InvariantCulture, $"| {Time(entry.EventAt)} | {Cell(TimelineText.Describe(entry, Name))} | {Name(entry.CreatorUserId)} |\n");
        }

        return report.ToString();
    }

    private static void Section(StringBuilder report, string title, string text)
    {
        if (text.Length > 0)
        {
            report.Append(CultureInfo.InvariantCulture, $"## {title}\n\n{text}\n\n");
        }
    }

    private static string Mark(string state) => state switch
    {
        ChecklistItemStates.Closed => "[x]",
        ChecklistItemStates.Skipped => "[-] ~~skipped~~",
        ChecklistItemStates.InProgress => "[ ] *in progress*",
        _ => "[ ]",
    };

    private static string Time(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Duration(long milliseconds)
    {
        var span = TimeSpan.FromMilliseconds(milliseconds);
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{span.Minutes} min {span.Seconds} s";
    }

    private static string Metric(string type, long? value) => value switch
    {
        null => "",
        { } v when type == "metric_duration" => Duration(v),
        { } v => v.ToString(CultureInfo.InvariantCulture),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
