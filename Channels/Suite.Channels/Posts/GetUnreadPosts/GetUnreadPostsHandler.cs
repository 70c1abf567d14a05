using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetUnreadPosts;

internal sealed class GetUnreadPostsHandler(ChannelAccess access, ChannelStore store, PostStore posts, ICurrentUser currentUser)
    : IRequestHandler<GetUnreadPostsRequest, PostList>
{
    public async Task<PostList> Handle(GetUnreadPostsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        var member = await store.FindMemberAsync(channel.Id, userId, cancellationToken) ?? throw ChannelErrors.MemberNotFound();

        var firstUnreadId = await posts.IdAfterAsync(channel.Id, member.LastViewedAt, cancellationToken);
        var firstUnread = firstUnreadId.Length == 0 ? null : await posts.FindAsync(firstUnreadId, includeDeleted: false, cancellationToken);
        IReadOnlyList<Post> page;
        if (firstUnread is null)
        {
            page = await posts.PageAsync(channel.Id, 0, request.LimitBefore, cancellationToken);
        }
        else
        {
            var newer = await posts.AfterAsync(channel.Id, firstUnread.CreateAt, 0, request.LimitAfter - 1, cancellationToken);
            var older = await posts.BeforeAsync(channel.Id, firstUnread.CreateAt, 0, request.LimitBefore, cancellationToken);
            page = [.. newer, firstUnread, .. older];
        }

        var list = await posts.ListWithRootsAsync(page, request.SkipFetchThreads, cancellationToken);
        return list with
        {
            NextPostId = page.Count == 0 ? "" : await posts.IdAfterAsync(channel.Id, page[0].CreateAt, cancellationToken),
            PrevPostId = page.Count == 0 ? "" : await posts.IdBeforeAsync(channel.Id, page[^1].CreateAt, cancellationToken),
        };
    }
}
