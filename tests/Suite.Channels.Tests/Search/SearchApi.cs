using System.Net;
using System.Text.Json;

namespace Suite.Channels.Tests.Search;

/// <summary>Post search as Mattermost's client calls it.</summary>
internal static class SearchApi
{
    public static Task<JsonElement> SearchAsync(this HttpClient client, string teamId, string terms, bool isOrSearch = false, object? extra = null) =>
        client.SendJsonAsync(HttpMethod.Post, $"/api/v4/teams/{teamId}/posts/search", Body(terms, isOrSearch, extra));

    /// <summary>The ids in <c>order</c>, newest first.</summary>
    public static async Task<List<string>> FoundAsync(this HttpClient client, string teamId, string terms, bool isOrSearch = false, object? extra = null) =>
        Order(await client.SearchAsync(teamId, terms, isOrSearch, extra));

    public static List<string> Order(JsonElement results) => results.GetProperty("order").EnumerateArray().Select(e => e.GetString()!).ToList();

    public static List<string> Matches(JsonElement results, string postId) =>
        results.GetProperty("matches").GetProperty(postId).EnumerateArray().Select(e => e.GetString()!).ToList();

    public static Task<JsonElement> SearchErrorAsync(this HttpClient client, string teamId, object body, HttpStatusCode expected, string? id = null) =>
        client.SendErrorAsync(HttpMethod.Post, $"/api/v4/teams/{teamId}/posts/search", body, expected, id);

    private static Dictionary<string, object?> Body(string terms, bool isOrSearch, object? extra)
    {
        var body = new Dictionary<string, object?> { ["terms"] = terms, ["is_or_search"] = isOrSearch };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                body[property.Name] = property.GetValue(extra);
            }
        }

        return body;
    }

    /// <summary>A word no other test uses: letters only, so the text-search parser keeps it whole.</summary>
    public static string Word(string prefix = "zq") =>
        prefix + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
}

/// <summary>How the server finds hits: every test runs each way, and each way must give the same answers.</summary>
public enum SearchStrategy
{
    /// <summary>The product's default: the planner's estimates pick walking or collecting.</summary>
    Estimate,

    /// <summary>Always walk the newest posts, reading at most three before falling back to collecting.</summary>
    Walk,

    /// <summary>Always collect every hit through the GIN index.</summary>
    Collect,
}

internal static class SearchStrategies
{
    public static Dictionary<string, string?> Settings(SearchStrategy strategy) => strategy switch
    {
        SearchStrategy.Walk => new() { ["Suite:Search:Mode"] = "Walk", ["Suite:Search:WalkLimit"] = "3" },
        SearchStrategy.Collect => new() { ["Suite:Search:Mode"] = "Collect" },
        _ => [],
    };
}
