using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Channels.Channels;

namespace Suite.Channels.Posts.CreatePost;

/// <summary>
/// Creates a post as the signed-in user. A root post without files is written straight away with
/// the membership check inside the write (under the channel's lock): the usual case costs no
/// separate read of the channel and membership. When that write refuses (not a member, no such
/// channel, archived), the ordinary checks run to answer with Mattermost's error, exactly as a
/// reply or a post with files always does.
/// </summary>
internal sealed class CreatePostHandler(ChannelAccess access, PostDrafts drafts, PostCreation creation, ICurrentUser currentUser)
    : IRequestHandler<CreatePostRequest, Post>
{
    public async Task<Post> Handle(CreatePostRequest request, CancellationToken cancellationToken)
    {
        var rootId = request.RootId ?? "";
        var props = currentUser.IsBot ? PostProps.MarkFromBot(request.Props) : request.Props;
        if (rootId.Length == 0 && request.FileIds is not { Count: > 0 })
        {
            var draftToCheck = PostDrafts.PrepareRoot(
                request.ChannelId, access.UserId, request.Message ?? "", props, request.PendingPostId ?? "", request.Type ?? "");
            if (await creation.TryCreateAsync(draftToCheck, cancellationToken) is { } post)
            {
                return post;
            }

            // Nothing was written: the checks below say why, or find the refusal outdated.
        }

        var (channel, member) = await access.MembershipAsync(request.ChannelId, cancellationToken);
        var draft = await drafts.PrepareAsync(
            channel, member.UserId, request.Message ?? "", rootId, props, request.FileIds, request.PendingPostId ?? "", request.Type ?? "",
            fromWebhook: false, cancellationToken);
        return await creation.CreateAsync(draft, cancellationToken);
    }
}
