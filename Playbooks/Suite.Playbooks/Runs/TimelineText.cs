using System.Text.Json;

namespace Suite.Playbooks.Runs;

/// <summary>
/// A timeline entry as people read it. Mattermost stores some summaries without the person who acted
/// (<c>checked off checklist item **X**</c>, with that person as the entry's subject) and its web app puts
/// the name in front; this does the same for Suite's pages and reports. Entries written before Suite
/// followed that (their summary names the actor already) read as they were written.
/// </summary>
internal static class TimelineText
{
    /// <summary>The person to name for each entry, so callers can look the names up at once.</summary>
    public static IEnumerable<string> People(IEnumerable<TimelineEvent> entries) =>
        entries.SelectMany(e => new[] { e.SubjectUserId, e.CreatorUserId }).Where(id => id.Length > 0);

    public static string Describe(TimelineEvent entry, Func<string, string> mention)
    {
        switch (entry.EventType)
        {
            case TimelineEventTypes.TaskStateModified when entry.Details.Length > 0:
                return TaskState(entry, mention(entry.SubjectUserId));
            case TimelineEventTypes.AssigneeChanged or TimelineEventTypes.RanSlashCommand when !entry.Summary.StartsWith('@'):
                return $"{mention(entry.SubjectUserId)} {Quoted(entry.Summary)}";
            case TimelineEventTypes.OwnerChanged when entry.Summary.StartsWith('@') && !entry.Summary.Contains(" changed the owner ", StringComparison.Ordinal):
                return $"Owner changed from {entry.Summary}";
            default:
                return entry.Summary.Length > 0 ? entry.Summary : entry.EventType;
        }
    }

    private static string TaskState(TimelineEvent entry, string user)
    {
        using var details = JsonDocument.Parse(entry.Details);
        string Text(string name) => details.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        var task = Text("task");
        return Text("action") switch
        {
            "check" => $"{user} checked off checklist item \"{task}\"",
            "uncheck" => $"{user} unchecked checklist item \"{task}\"",
            "skip" => $"{user} skipped checklist item \"{task}\"",
            "restore" => $"{user} restored checklist item \"{task}\"",
            _ => $"{user} {Quoted(entry.Summary)}",
        };
    }

    /// <summary>A title as plain text for a summary (Mattermost strips its Markdown).</summary>
    public static string Plain(string title) => Markdig.Markdown.ToPlainText(title).Trim();

    /// <summary>Mattermost's bold names become quotes in plain text, as its web app does for task entries.</summary>
    private static string Quoted(string summary) => summary.Replace("**", "\"", StringComparison.Ordinal);
}
