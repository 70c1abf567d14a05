using System.Text;
using Suite.Playbooks.Alerts.Ingestion;
using Suite.Playbooks.Alerts.Sources;

namespace Suite.Playbooks.Alerts.Processing;

/// <summary>The run channel's message for an alert: what happened, the summary, the labels and a link back to the sender.</summary>
internal static class AlertPosts
{
    private const int MaxSummary = 4000;

    public static string Message(AlertSource source, ReceivedAlert alert)
    {
        var heading = alert.Status switch
        {
            AlertStatuses.Resolved => ":white_check_mark: Alert resolved",
            AlertStatuses.Acknowledged => ":eyes: Alert acknowledged",
            _ => ":rotating_light: Alert firing",
        };
        var message = new StringBuilder($"#### {heading}: {AlertRunNames.Title(alert)}\n");
        if (alert.Summary is { Length: > 0 } summary && summary != AlertRunNames.Title(alert))
        {
            message.Append(summary.Length <= MaxSummary ? summary : summary[..MaxSummary] + "…").Append('\n');
        }

        if (alert.Labels.Count > 0)
        {
            message.AppendJoin(' ', alert.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"`{l.Key}={l.Value.Replace('`', '\'')}`")).Append('\n');
        }

        message.Append("From alert source **").Append(source.Name).Append("**");
        if (Uri.TryCreate(alert.GeneratorUrl, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
        {
            message.Append(" · [source](").Append(link.AbsoluteUri).Append(')');
        }

        return message.ToString();
    }
}
