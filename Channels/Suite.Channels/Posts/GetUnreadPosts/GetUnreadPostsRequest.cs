using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetUnreadPosts;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/channels/{channel_id}/posts/unread?limit_before=&amp;limit_after=</c>: the
/// posts around the member's first unread one (it and <c>limit_after - 1</c> newer, <c>limit_before</c>
/// older), or the newest <c>limit_before</c> when nothing is unread, with Mattermost's cursors.
/// </summary>
internal sealed record GetUnreadPostsRequest(string UserId, string ChannelId, int LimitBefore, int LimitAfter, bool SkipFetchThreads) : IRequest<PostList>;
