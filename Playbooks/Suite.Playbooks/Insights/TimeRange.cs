using Suite.Platform.Errors;

namespace Suite.Playbooks.Insights;

/// <summary>Mattermost's insight periods: <c>today</c>, <c>7_day</c> and <c>28_day</c>, counted from the start of a UTC day.</summary>
internal static class TimeRange
{
    public static long StartMillis(string range, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var start = range switch
        {
            "today" => today,
            "7_day" => today.AddDays(-6),
            "28_day" => today.AddDays(-27),
            _ => throw new AppErrorException(400, "api.playbooks.insights.time_range", "time_range must be today, 7_day or 28_day."),
        };
        return start.ToUnixTimeMilliseconds();
    }
}
