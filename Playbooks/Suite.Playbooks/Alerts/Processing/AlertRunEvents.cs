using System.Text.Json;
using Suite.Platform.Api;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Alerts.Processing;

/// <summary>An alert that reached a run's timeline; <see cref="TimelineEvent.Details"/> holds the alert as JSON.</summary>
public abstract record AlertEvent : RunEvent
{
    public string SourceId { get; init; } = "";

    public string SourceName { get; init; } = "";

    public string DedupKey { get; init; } = "";

    public string Fingerprint { get; init; } = "";

    public Dictionary<string, string> Labels { get; init; } = [];

    public Dictionary<string, string> Annotations { get; init; } = [];

    public long StartsAt { get; init; }

    public long EndsAt { get; init; }

    public string GeneratorUrl { get; init; } = "";

    protected PlaybookRun RecordAlert(PlaybookRun run, string eventType) =>
        Record(run, eventType, details: JsonSerializer.Serialize(
            new AlertDetails(SourceId, SourceName, DedupKey, Fingerprint, Labels, Annotations, StartsAt, EndsAt, GeneratorUrl), ApiJson.Options));

    private sealed record AlertDetails(
        string SourceId, string SourceName, string DedupKey, string Fingerprint, Dictionary<string, string> Labels,
        Dictionary<string, string> Annotations, long StartsAt, long EndsAt, string GeneratorUrl);
}

public sealed record AlertFired : AlertEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run) => RecordAlert(run, AlertTimelineEventTypes.Fired);
}

public sealed record AlertResolved : AlertEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run) => RecordAlert(run, AlertTimelineEventTypes.Resolved);
}

/// <summary>PagerDuty's <c>acknowledge</c>.</summary>
public sealed record AlertAcknowledged : AlertEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run) => RecordAlert(run, AlertTimelineEventTypes.Acknowledged);
}

public static class AlertTimelineEventTypes
{
    public const string Fired = "alert_fired";
    public const string Resolved = "alert_resolved";
    public const string Acknowledged = "alert_acknowledged";

    public static readonly Type[] Events = [typeof(AlertFired), typeof(AlertResolved), typeof(AlertAcknowledged)];
}
