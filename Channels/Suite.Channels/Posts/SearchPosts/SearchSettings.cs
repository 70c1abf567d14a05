using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>How a search finds its hits; see <see cref="PostSearchStore.PageAsync"/>. Both ways give the same results.</summary>
internal enum SearchMode
{
    /// <summary>Chosen per search from the planner's estimates (the product's way).</summary>
    Auto = 0,

    /// <summary>Always walk the newest posts first (for tests and diagnosis).</summary>
    Walk = 1,

    /// <summary>Always collect every hit through the GIN index (for tests and diagnosis).</summary>
    Collect = 2,
}

/// <summary>
/// <c>Suite:Search:Mode</c> (<see cref="SearchMode"/>, default <c>Auto</c>) and <c>Suite:Search:WalkLimit</c>:
/// the most candidate posts a walk reads before it collects instead (default 50,000).
/// </summary>
internal sealed record SearchSettings(SearchMode Mode, int WalkLimit)
{
    public const int DefaultWalkLimit = 50_000;

    public static SearchSettings From(IConfiguration configuration)
    {
        var mode = configuration["Suite:Search:Mode"];
        var limit = configuration["Suite:Search:WalkLimit"];
        return new SearchSettings(
            string.IsNullOrEmpty(mode) ? SearchMode.Auto
                : Enum.TryParse<SearchMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                : throw new InvalidOperationException($"Suite:Search:Mode must be Auto, Walk or Collect, not '{mode}'."),
            string.IsNullOrEmpty(limit) ? DefaultWalkLimit
                : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var walkLimit) && walkLimit > 0 ? walkLimit
                : throw new InvalidOperationException($"Suite:Search:WalkLimit must be a positive number, not '{limit}'."));
    }
}
