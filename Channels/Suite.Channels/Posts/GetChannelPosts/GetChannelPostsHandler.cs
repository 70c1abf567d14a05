using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetChannelPosts;

internal sealed class GetChannelPostsHandler(ChannelAccess access, PostStore posts) : IRequestHandler<GetChannelPostsRequest, PostList>
{
    private const int SinceLimit = 1000;

    public async Task<PostList> Handle(GetChannelPostsRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        var offset = request.Page * request.PerPage;
        if (request.Since > 0)
        {
            var changed = await posts.SinceAsync(channel.Id, request.Since, SinceLimit, cancellationToken);
            return await posts.ListWithRootsAsync(changed, request.SkipFetchThreads, cancellationToken);
        }

        IReadOnlyList<Post> page;
        if (request.After.Length > 0 || request.Before.Length > 0)
        {
            var anchor = await posts.FindAsync(request.After.Length > 0 ? request.After : request.Before, includeDeleted: true, cancellationToken);
            page = anchor is null || anchor.ChannelId != channel.Id
                ? []
                : request.After.Length > 0
                    ? await posts.AfterAsync(channel.Id, anchor.CreateAt, offset, request.PerPage, cancellationToken)
                    : await posts.BeforeAsync(channel.Id, anchor.CreateAt, offset, request.PerPage, cancellationToken);
        }
        else
        {
            page = await posts.PageAsync(channel.Id, offset, request.PerPage, cancellationToken);
        }

        var list = await posts.ListWithRootsAsync(page, request.SkipFetchThreads, cancellationToken);
        var (next, prev) = await CursorsAsync(request, channel.Id, page, cancellationToken);
        return list with { NextPostId = next, PrevPostId = prev };
    }

    /// <summary>Mattermost's <c>AddCursorIdsForPostList</c>.</summary>
    private async Task<(string Next, string Prev)> CursorsAsync(GetChannelPostsRequest request, string channelId, IReadOnlyList<Post> page, CancellationToken cancellationToken)
    {
        string? next = null, prev = null;
        if (request.After.Length > 0)
        {
            prev = request.Page == 0 ? request.After : null;
            next = page.Count < request.PerPage ? "" : null;
        }
        else if (request.Before.Length > 0)
        {
            next = request.Page == 0 ? request.Before : null;
            prev = page.Count < request.PerPage ? "" : null;
        }

        next ??= page.Count == 0 ? "" : await posts.IdAfterAsync(channelId, page[0].CreateAt, cancellationToken);
        prev ??= page.Count == 0 ? "" : await posts.IdBeforeAsync(channelId, page[^1].CreateAt, cancellationToken);
        return (next, prev);
    }
}
