using System.Text.Json.Serialization;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Insights.PlaybookStats;

/// <summary><c>GET /stats/playbook?playbook_id=</c>: the dashboard of one playbook.</summary>
internal sealed record GetPlaybookStatsRequest(string PlaybookId) : IRequest<PlaybookStats>;

/// <summary>
/// Mattermost's <c>PlaybookStats</c> (series run oldest first; each metric's values in the
/// playbook's metric order, null where no published retrospective gave one), plus Suite's
/// response times and how often each metric met its target.
/// </summary>
public sealed record PlaybookStats
{
    public int RunsInProgress { get; init; }

    public int ParticipantsActive { get; init; }

    [JsonPropertyName("runs_finished_prev_30_days")]
    public int RunsFinishedPrev30Days { get; init; }

    public int RunsFinishedPercentageChange { get; init; }

    public required IReadOnlyList<int> RunsStartedPerWeek { get; init; }

    public required IReadOnlyList<long[]> RunsStartedPerWeekTimes { get; init; }

    public required IReadOnlyList<int> ActiveRunsPerDay { get; init; }

    public required IReadOnlyList<long[]> ActiveRunsPerDayTimes { get; init; }

    public required IReadOnlyList<int> ActiveParticipantsPerDay { get; init; }

    public required IReadOnlyList<long[]> ActiveParticipantsPerDayTimes { get; init; }

    public required IReadOnlyList<long?> MetricOverallAverage { get; init; }

    public required IReadOnlyList<long?> MetricRollingAverage { get; init; }

    public required IReadOnlyList<long?> MetricRollingAverageChange { get; init; }

    public required IReadOnlyList<long[]?> MetricValueRange { get; init; }

    public required IReadOnlyList<long[]> MetricRollingValues { get; init; }

    public required IReadOnlyList<string> LastXRunNames { get; init; }

    /// <summary>Per metric with a target: the share (0-100) of published values at or under it; null without a target or values.</summary>
    public required IReadOnlyList<int?> MetricTargetMetPercentage { get; init; }

    public required ResponseTimes TimeToAcknowledge { get; init; }

    public required ResponseTimes TimeToResolve { get; init; }
}
