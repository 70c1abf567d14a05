namespace Suite.Playbooks.Insights;

/// <summary>
/// How long runs took to be acknowledged or resolved, in milliseconds: the mean, median and 90th
/// percentile over <see cref="Runs"/> runs; null when no run had got that far.
/// </summary>
public sealed record ResponseTimes(int Runs, long? MeanMs, long? MedianMs, long? P90Ms)
{
    public static ResponseTimes Of(IEnumerable<long> durations)
    {
        var sorted = durations.Where(d => d >= 0).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new ResponseTimes(0, null, null, null);
        }

        return new ResponseTimes(sorted.Length, (long)sorted.Average(), Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    // Nearest rank: the smallest value at or above the given share of the runs.
    private static long Percentile(long[] sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
}

/// <summary>The two clocks an incident team is judged by, over a set of runs.</summary>
public sealed record ResponseSummary(ResponseTimes TimeToAcknowledge, ResponseTimes TimeToResolve)
{
    public static ResponseSummary Of(IReadOnlyCollection<RunTimes> runs) => new(
        ResponseTimes.Of(runs.Where(r => r.AcknowledgedAt > 0).Select(r => r.AcknowledgedAt - r.CreateAt)),
        ResponseTimes.Of(runs.Where(r => r.EndAt > 0).Select(r => r.EndAt - r.CreateAt)));
}

/// <summary>The few fields of a run the insights read, so they never load whole runs with their timelines.</summary>
public sealed record RunTimes(string Id, string PlaybookId, string TeamId, long CreateAt, long AcknowledgedAt, long EndAt);
