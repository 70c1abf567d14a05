using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetChannelPosts;

/// <summary>
/// <c>GET /api/v4/channels/{channel_id}/posts</c> with Mattermost's paging: <c>page</c>/<c>per_page</c>,
/// <c>before</c> or <c>after</c> a post, or <c>since</c> a time (posts changed after it, deleted ones included).
/// </summary>
internal sealed record GetChannelPostsRequest(string ChannelId, int Page, int PerPage, string Before, string After, long Since, bool SkipFetchThreads)
    : IRequest<PostList>;
