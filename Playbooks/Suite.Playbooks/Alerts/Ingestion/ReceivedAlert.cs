namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>One alert as every source kind reads into it.</summary>
internal sealed record ReceivedAlert
{
    /// <summary>One of <see cref="AlertStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>What ties alerts to one run: Alertmanager's and Grafana's <c>groupKey</c> (else the fingerprint), PagerDuty's <c>dedup_key</c>.</summary>
    public required string Key { get; init; }

    public required string Fingerprint { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required IReadOnlyDictionary<string, string> Annotations { get; init; }

    /// <summary>Unix milliseconds; 0 when unknown.</summary>
    public long StartsAt { get; init; }

    /// <summary>Unix milliseconds; 0 while firing.</summary>
    public long EndsAt { get; init; }

    public string GeneratorUrl { get; init; } = "";

    /// <summary>What makes a repeat the same alert news: it is recorded in a run once (Alertmanager repeats firing alerts every <c>repeat_interval</c>).</summary>
    public required string Occurrence { get; init; }

    public string Severity => Labels.GetValueOrDefault("severity", "");

    /// <summary>The alert's words for people: the <c>summary</c> annotation, else <c>description</c>, else the <c>alertname</c> label.</summary>
    public string Summary =>
        Annotations.GetValueOrDefault("summary") is { Length: > 0 } summary ? summary
        : Annotations.GetValueOrDefault("description") is { Length: > 0 } description ? description
        : Labels.GetValueOrDefault("alertname", "");
}

public static class AlertStatuses
{
    public const string Firing = "firing";
    public const string Resolved = "resolved";
    public const string Acknowledged = "acknowledged";
}
