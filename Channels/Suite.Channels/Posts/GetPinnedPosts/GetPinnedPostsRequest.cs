using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPinnedPosts;

/// <summary><c>GET /api/v4/channels/{channel_id}/pinned</c>.</summary>
internal sealed record GetPinnedPostsRequest(string ChannelId) : IRequest<PostList>;
