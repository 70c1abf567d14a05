using System.Text.Json.Serialization;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>
/// Mattermost's <c>PostSearchResults</c>: a <c>PostList</c> (ids newest first in <c>order</c>) plus
/// <c>matches</c>, the words of each post that matched the search, for highlighting.
/// </summary>
internal sealed record PostSearchResults
{
    public List<string> Order { get; init; } = [];
    public Dictionary<string, Post> Posts { get; init; } = new(StringComparer.Ordinal);
    public string NextPostId { get; init; } = "";
    public string PrevPostId { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HasNext { get; init; }

    public long FirstInaccessiblePostTime { get; init; }
    public Dictionary<string, List<string>> Matches { get; init; } = new(StringComparer.Ordinal);

    public static PostSearchResults Empty() => new() { HasNext = false };
}
