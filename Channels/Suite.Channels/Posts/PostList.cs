using System.Text.Json.Serialization;

namespace Suite.Channels.Posts;

/// <summary>Mattermost's <c>PostList</c>: ids newest first in <c>order</c>, the posts by id in <c>posts</c>.</summary>
internal sealed record PostList
{
    public List<string> Order { get; init; } = [];
    public Dictionary<string, Post> Posts { get; init; } = new(StringComparer.Ordinal);
    public string NextPostId { get; init; } = "";
    public string PrevPostId { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HasNext { get; init; }

    public long FirstInaccessiblePostTime { get; init; }

    public static PostList From(IEnumerable<Post> ordered, IEnumerable<Post>? extra = null)
    {
        var list = new PostList();
        foreach (var post in ordered)
        {
            list.Order.Add(post.Id);
            list.Posts[post.Id] = post;
        }

        foreach (var post in extra ?? [])
        {
            list.Posts.TryAdd(post.Id, post);
        }

        return list;
    }
}
