using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Insights.PlaybookStats;

/// <summary>
/// Computes a playbook's dashboard from its runs as Mattermost defines each figure: days and weeks
/// are UTC, weeks start on Sunday, a run is active on a day it had started before the day's end
/// and not finished before its start, and metrics count only published, not cancelled, retrospectives.
/// </summary>
internal sealed class PlaybookStatsCalculator(IReadOnlyList<RunFacts> runs, IReadOnlyList<PlaybookMetric> metrics, DateTimeOffset now)
{
    private const long Day = 86_400_000;
    private const int Weeks = 12;
    private const int Days = 14;
    private const int RollingPeriod = 10;

    // Mattermost's figure for "no runs finished in the period before": any change is infinite.
    private const int NoPreviousPeriod = 99_999_999;

    private readonly long _startOfToday = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public PlaybookStats Calculate()
    {
        var finishedLast30 = FinishedBetweenDaysAgo(30, 0);
        var finishedBefore = FinishedBetweenDaysAgo(60, 31);
        var weeks = Buckets(StartOfThisWeek(), 7 * Day, Weeks);
        var days = Buckets(_startOfToday, Day, Days);
        var published = runs.Where(r => r.HasPublishedMetrics).OrderByDescending(r => r.RetrospectivePublishedAt).ToList();
        var rolling = metrics.Select(m => published.Where(r => r.MetricValue(m.Id) is not null).Take(2 * RollingPeriod).ToList()).ToList();
        var responses = ResponseSummary.Of(runs.Select(r => new RunTimes(r.Id, "", "", r.CreateAt, r.AcknowledgedAt, r.EndAt)).ToList());

        return new PlaybookStats
        {
            RunsInProgress = runs.Count(r => r.EndAt == 0),
            ParticipantsActive = runs.Where(r => r.EndAt == 0).SelectMany(r => r.People).Distinct().Count(),
            RunsFinishedPrev30Days = finishedLast30,
            RunsFinishedPercentageChange = finishedBefore == 0 ? NoPreviousPeriod : (finishedLast30 - finishedBefore) * 100 / finishedBefore,
            RunsStartedPerWeek = weeks.Select(w => runs.Count(r => r.CreateAt >= w[0] && r.CreateAt < w[1])).ToList(),
            RunsStartedPerWeekTimes = weeks,
            ActiveRunsPerDay = days.Select(d => runs.Count(r => r.IsActiveBetween(d[0], d[1]))).ToList(),
            ActiveRunsPerDayTimes = days,
            ActiveParticipantsPerDay = days.Select(d => runs.Where(r => r.IsActiveBetween(d[0], d[1])).SelectMany(r => r.People).Distinct().Count()).ToList(),
            ActiveParticipantsPerDayTimes = days,
            MetricOverallAverage = metrics.Select(m => Average(Values(published, m))).ToList(),
            MetricValueRange = metrics.Select(m => Values(published, m) is { Count: > 0 } v ? new[] { v.Min(), v.Max() } : null).ToList(),
            MetricRollingValues = metrics.Select((m, i) => rolling[i].Take(RollingPeriod).Select(r => r.MetricValue(m.Id)!.Value).ToArray()).ToList(),
            MetricRollingAverage = metrics.Select((m, i) => Average(rolling[i].Take(RollingPeriod).Select(r => r.MetricValue(m.Id)!.Value).ToList())).ToList(),
            MetricRollingAverageChange = metrics.Select((m, i) => RollingChange(rolling[i].Select(r => r.MetricValue(m.Id)!.Value).ToList())).ToList(),
            LastXRunNames = rolling.Count == 0 ? [] : rolling[^1].Take(RollingPeriod).Select(r => r.Name).ToList(),
            MetricTargetMetPercentage = metrics.Select(m => TargetMet(Values(published, m), m.Target)).ToList(),
            TimeToAcknowledge = responses.TimeToAcknowledge,
            TimeToResolve = responses.TimeToResolve,
        };
    }

    private int FinishedBetweenDaysAgo(int from, int to) =>
        runs.Count(r => r.EndAt > _startOfToday - from * Day && r.EndAt <= _startOfToday + Day - 1 - to * Day);

    private long StartOfThisWeek() => _startOfToday - (int)now.UtcDateTime.DayOfWeek * Day;

    // Oldest first, each [start, end) of `length` ending with the one that starts at `latestStart`.
    private static List<long[]> Buckets(long latestStart, long length, int count) =>
        Enumerable.Range(0, count).Reverse().Select(i => new[] { latestStart - i * length, latestStart - i * length + length - 1 }).ToList();

    private static List<long> Values(IEnumerable<RunFacts> published, PlaybookMetric metric) =>
        published.Select(r => r.MetricValue(metric.Id)).OfType<long>().ToList();

    private static long? Average(List<long> values) => values.Count == 0 ? null : (long)Math.Floor(values.Average());

    private static long? RollingChange(IReadOnlyList<long> newestFirst)
    {
        var recent = Average(newestFirst.Take(RollingPeriod).ToList());
        var before = Average(newestFirst.Skip(RollingPeriod).ToList());
        return recent is null or 0 || before is null or 0 ? null : recent * 100 / before - 100;
    }

    private static int? TargetMet(List<long> values, long? target) =>
        target is null || values.Count == 0 ? null : values.Count(v => v <= target) * 100 / values.Count;
}
