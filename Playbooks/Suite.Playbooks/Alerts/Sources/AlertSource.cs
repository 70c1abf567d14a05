namespace Suite.Playbooks.Alerts.Sources;

/// <summary>
/// Where a monitoring tool sends alerts for one playbook: its kind (the payload it speaks), the rules
/// that decide which firing alerts start a run, and the run name template. Stored without its secret:
/// only the secret's SHA-256 is kept, so the address can be shown once and never again.
/// </summary>
public sealed class AlertSource
{
    public string Id { get; set; } = "";

    public string PlaybookId { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>One of <see cref="AlertSourceKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The run's name over the alert's labels and annotations, e.g. <c>{{alertname}} on {{instance}}</c>.</summary>
    public string NameTemplate { get; set; } = "";

    /// <summary>A firing alert starts a run when any rule matches it, or always when there are none.</summary>
    public List<AlertRule> Rules { get; set; } = [];

    /// <summary>Who made it; runs it starts are started on their behalf.</summary>
    public string CreatorId { get; set; } = "";

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret in the source's address.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>When the last delivery was accepted.</summary>
    public long LastReceivedAt { get; set; }

    /// <summary>Why the last delivery that could not be processed failed; empty once one succeeds.</summary>
    public string LastError { get; set; } = "";

    public long LastErrorAt { get; set; }
}

public static class AlertSourceKinds
{
    public const string Alertmanager = "alertmanager";
    public const string Grafana = "grafana";
    public const string PagerDuty = "pagerduty";

    public static readonly string[] All = [Alertmanager, Grafana, PagerDuty];

    /// <summary>The run name template when none is given: PagerDuty events have a summary, the others an <c>alertname</c> label.</summary>
    public static string DefaultNameTemplate(string kind) => kind == PagerDuty ? "{{summary}}" : "{{alertname}}";
}
