using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Insights.PlaybookStats;

/// <summary>What the statistics read of a run: never its checklists or timeline.</summary>
internal sealed record RunFacts(
    string Id,
    string Name,
    long CreateAt,
    long AcknowledgedAt,
    long EndAt,
    string OwnerUserId,
    List<string> ParticipantIds,
    long RetrospectivePublishedAt,
    bool RetrospectiveWasCanceled,
    List<RunMetricValue> MetricsData)
{
    public bool IsActiveBetween(long start, long end) => CreateAt < end && (EndAt == 0 || EndAt >= start);

    public IEnumerable<string> People => ParticipantIds.Append(OwnerUserId).Where(p => p.Length > 0);

    public bool HasPublishedMetrics => RetrospectivePublishedAt > 0 && !RetrospectiveWasCanceled;

    public long? MetricValue(string metricId) => MetricsData.FirstOrDefault(m => m.MetricConfigId == metricId)?.Value;
}
