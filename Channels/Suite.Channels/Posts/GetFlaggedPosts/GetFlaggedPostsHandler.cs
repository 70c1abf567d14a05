using Suite.Channels.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetFlaggedPosts;

internal sealed class GetFlaggedPostsHandler(PostStore posts, ICurrentUser currentUser, ISender sender) : IRequestHandler<GetFlaggedPostsRequest, PostList>
{
    public const string FlaggedPostCategory = "flagged_post";

    public async Task<PostList> Handle(GetFlaggedPostsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var flagged = await sender.Send(new GetPreferenceNamesRequest(userId, FlaggedPostCategory), cancellationToken);
        if (flagged.Count == 0)
        {
            return new PostList();
        }

        var page = await posts.InMemberChannelsAsync(
            flagged, userId, request.TeamId, request.ChannelId, request.Page * request.PerPage, request.PerPage, cancellationToken);
        return PostList.From(page);
    }
}
