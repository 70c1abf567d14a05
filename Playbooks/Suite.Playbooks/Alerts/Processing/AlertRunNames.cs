using System.Text.RegularExpressions;
using Suite.Playbooks.Alerts.Ingestion;
using Suite.Playbooks.Alerts.Sources;
using Suite.Playbooks.Runs.CreateRun;

namespace Suite.Playbooks.Alerts.Processing;

/// <summary>
/// A run's name from its source's template: <c>{{name}}</c> is the alert's label of that name, else
/// its annotation, else nothing. A name that comes out empty falls back to the source's name.
/// </summary>
internal static partial class AlertRunNames
{
    public static string Render(AlertSource source, ReceivedAlert alert)
    {
        var rendered = Placeholder().Replace(source.NameTemplate, match =>
        {
            var name = match.Groups[1].Value;
            return alert.Labels.GetValueOrDefault(name) ?? alert.Annotations.GetValueOrDefault(name) ?? "";
        });
        var name = WhiteSpace().Replace(rendered, " ").Trim();
        if (name.Length == 0)
        {
            name = $"{source.Name} alert";
        }

        return name.Length <= CreateRunValidator.MaxNameLength ? name : name[..CreateRunValidator.MaxNameLength];
    }

    /// <summary>What the timeline and the channel call the alert: its <c>alertname</c>, else its summary, else its key.</summary>
    public static string Title(ReceivedAlert alert) =>
        alert.Labels.GetValueOrDefault("alertname") is { Length: > 0 } alertName ? alertName
        : alert.Annotations.GetValueOrDefault("summary") is { Length: > 0 } summary ? summary
        : alert.Key;

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
