using Suite.Platform.Mediator;
using Suite.Channels.Channels;

namespace Suite.Channels.Posts.CreatePost;

internal sealed class CreatePostHandler(ChannelAccess access, PostDrafts drafts, PostCreation creation) : IRequestHandler<CreatePostRequest, Post>
{
    public async Task<Post> Handle(CreatePostRequest request, CancellationToken cancellationToken)
    {
        var (channel, member) = await access.MembershipAsync(request.ChannelId, cancellationToken);
        var draft = await drafts.PrepareAsync(
            channel, member.UserId, request.Message ?? "", request.RootId ?? "", request.Props, request.FileIds, request.PendingPostId ?? "", request.Type ?? "",
            fromWebhook: false, cancellationToken);
        return await creation.CreateAsync(draft, cancellationToken);
    }
}
