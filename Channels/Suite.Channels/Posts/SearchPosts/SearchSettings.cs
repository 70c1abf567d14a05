using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>
/// How a search finds its newest hits (see <see cref="PostSearchStore"/>). <c>Suite:Search:WalkThreshold</c>:
/// from how many estimated hits a search walks the newest posts rather than collecting every hit
/// through the GIN index (default 5,000). <c>Suite:Search:WalkLimit</c>: how many of the newest
/// candidate posts a walk reads before it gives up and collects the hits instead (default 20,000).
/// Both change only speed, never results.
/// </summary>
internal sealed record SearchSettings(long WalkThreshold, int WalkLimit)
{
    public const long DefaultWalkThreshold = 5_000;
    public const int DefaultWalkLimit = 20_000;

    public static SearchSettings From(IConfiguration configuration) => new(
        Number(configuration, "Suite:Search:WalkThreshold", DefaultWalkThreshold),
        (int)Math.Min(int.MaxValue, Number(configuration, "Suite:Search:WalkLimit", DefaultWalkLimit)));

    private static long Number(IConfiguration configuration, string key, long fallback)
    {
        var configured = configuration[key];
        if (string.IsNullOrEmpty(configured))
        {
            return fallback;
        }

        return long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{key} must be a whole number, not '{configured}'.");
    }
}
