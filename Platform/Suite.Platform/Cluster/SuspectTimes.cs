using System.Globalization;

namespace Suite.Platform.Cluster;

/// <summary>A silo's suspicion votes as one text column: <c>silo=time;silo=time</c>, times as UTC ticks.</summary>
internal static class SuspectTimes
{
    public static string Format(List<Tuple<SiloAddress, DateTime>>? votes) =>
        votes is null ? "" : string.Join(';', votes.Select(v => $"{v.Item1.ToParsableString()}={v.Item2.Ticks.ToString(CultureInfo.InvariantCulture)}"));

    public static List<Tuple<SiloAddress, DateTime>> Parse(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(vote => vote.Split('='))
            .Select(parts => Tuple.Create(
                SiloAddress.FromParsableString(parts[0]),
                new DateTime(long.Parse(parts[1], CultureInfo.InvariantCulture), DateTimeKind.Utc)))
            .ToList();
}
