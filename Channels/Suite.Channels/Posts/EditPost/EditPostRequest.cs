using System.Text.Json;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.EditPost;

/// <summary>
/// <c>PUT /api/v4/posts/{post_id}/patch</c> and <c>PUT /api/v4/posts/{post_id}</c>: only the author
/// edits; a changed message sets <c>edit_at</c>. Fields left null stay as they are.
/// </summary>
internal sealed record EditPostRequest : IRequest<Post>
{
    public string PostId { get; init; } = "";
    public string? Message { get; init; }
    public JsonElement? Props { get; init; }
    public List<string>? FileIds { get; init; }
}

/// <summary>The body of a patch or update.</summary>
internal sealed record PostPatchBody(string? Id, string? Message, JsonElement? Props, List<string>? FileIds);
