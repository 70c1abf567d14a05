using System.Text.Json;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.CreatePost;

/// <summary><c>POST /api/v4/posts</c>: answers 201 with the post, <c>pending_post_id</c> echoed.</summary>
internal sealed record CreatePostRequest : IRequest<Post>
{
    public string ChannelId { get; init; } = "";
    public string Message { get; init; } = "";
    public string RootId { get; init; } = "";
    public List<string>? FileIds { get; init; }
    public JsonElement? Props { get; init; }
    public string PendingPostId { get; init; } = "";
    public string Type { get; init; } = "";
}
