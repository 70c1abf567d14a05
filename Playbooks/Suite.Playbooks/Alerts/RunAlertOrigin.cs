namespace Suite.Playbooks.Alerts;

/// <summary>Which alerts a run gathers: those of one source with one deduplication key, while the run is in progress.</summary>
public sealed class RunAlertOrigin
{
    public string SourceId { get; set; } = "";

    /// <summary>Alertmanager's or Grafana's <c>groupKey</c> (or the alert's fingerprint), or PagerDuty's <c>dedup_key</c>.</summary>
    public string DedupKey { get; set; } = "";
}
