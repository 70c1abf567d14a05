using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetThread;

/// <summary>
/// Mattermost's thread read: the requested post always, then one page of the thread chosen by the
/// paging (the root and replies, or with collapsed threads the post's replies), and
/// <c>has_next</c> when the page was full. The answer is newest first whatever the direction.
/// </summary>
internal sealed class GetThreadHandler(PostReadAccess reads, PostStore posts) : IRequestHandler<GetThreadRequest, PostList>
{
    public async Task<PostList> Handle(GetThreadRequest request, CancellationToken cancellationToken)
    {
        var paging = request.Paging;
        var (post, _) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (paging.SkipFetchThreads && !paging.CollapsedThreads)
        {
            return PostList.From([post]) with { HasNext = false };
        }

        // With collapsed threads Mattermost reads the post's own replies (none when the post is a reply).
        var (page, hasNext) = paging.CollapsedThreads
            ? await posts.ThreadPageAsync(post.Id, includeRoot: false, paging, cancellationToken)
            : await posts.ThreadPageAsync(post.ThreadRootId, includeRoot: true, paging, cancellationToken);
        var thread = page.Where(p => p.Id != post.Id).Append(post)
            .OrderByDescending(p => p.CreateAt).ThenByDescending(p => p.Id, StringComparer.Ordinal);
        return PostList.From(thread) with { HasNext = hasNext };
    }
}
