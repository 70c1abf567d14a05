using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPostsByIds;

/// <summary>
/// <c>POST /api/v4/posts/ids</c> (a JSON array of post ids): the posts among them the caller may read, with
/// their metadata; posts that are deleted, unknown or in channels the caller cannot read are left out.
/// </summary>
internal sealed record GetPostsByIdsRequest(IReadOnlyList<string> PostIds) : IRequest<IReadOnlyList<Post>>;
