using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetFlaggedPosts;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/posts/flagged?team_id=&amp;channel_id=&amp;page=&amp;per_page=</c>: the posts the
/// user saved (preferences of category <c>flagged_post</c>) in channels they belong to, newest first.
/// </summary>
internal sealed record GetFlaggedPostsRequest(string UserId, string? TeamId, string? ChannelId, int Page, int PerPage) : IRequest<PostList>;
