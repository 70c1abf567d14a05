using Suite.Channels.Contracts;
using Suite.Channels.Posts.Writing;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts;

/// <summary>Writes a post, then tells the channel's members (<c>posted</c>) and the other modules (<see cref="PostCreated"/>).</summary>
internal sealed class PostCreation(PostWriter writer, PostStore posts, ChannelEvents events, IPublisher publisher)
{
    public async Task<Post> CreateAsync(PostDraft draft, CancellationToken cancellationToken) =>
        await TryCreateAsync(draft, cancellationToken) ?? throw PostErrors.ArchivedChannel();

    /// <summary>The post, or null when the write refused it: its channel is archived, or the draft required membership the author lacks.</summary>
    public async Task<Post?> TryCreateAsync(PostDraft draft, CancellationToken cancellationToken)
    {
        var (status, result) = await writer.WriteAsync(draft);
        if (status == PostWriteStatus.AlreadyWritten)
        {
            return await posts.FindByPendingIdAsync(draft.UserId, draft.PendingPostId, cancellationToken)
                ?? throw new AppErrorException(500, "app.post.save.app_error", "Unable to save the post.");
        }

        if (result is null)
        {
            return null;
        }

        if (result.Post.FileIds.Count > 0)
        {
            result = result with { Post = (await posts.WithFilesAsync([result.Post], cancellationToken))[0] };
        }

        await events.PostedAsync(result, cancellationToken);
        var post = result.Post;
        await publisher.Publish(
            new PostCreated
            {
                Post = new PostInfo(post.Id, post.ChannelId, post.UserId, post.RootId, post.Message, post.Type, post.CreateAt),
                TeamId = result.Channel.TeamId,
                ChannelType = result.Channel.Type,
                ChannelName = result.Channel.Name,
                FileIds = post.FileIds,
                PropsJson = post.Props.GetRawText(),
                MentionedUserIds = result.MentionedUserIds,
                FromWebhook = draft.FromWebhook,
            },
            cancellationToken);
        return post;
    }
}
