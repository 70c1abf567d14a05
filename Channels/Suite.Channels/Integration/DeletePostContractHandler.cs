using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Channels.Posts;
using Suite.Channels.Posts.DeletePost;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="DeletePost"/> for other modules.</summary>
internal sealed class DeletePostContractHandler(PostStore posts, ChannelStore channels, PostDeletion deletion) : IRequestHandler<DeletePost, bool>
{
    public async Task<bool> Handle(DeletePost request, CancellationToken cancellationToken)
    {
        if (!Ids.IsValid(request.PostId) || await posts.FindAsync(request.PostId, includeDeleted: false, cancellationToken) is not { } post
            || await channels.FindAsync(post.ChannelId, cancellationToken) is not { } channel)
        {
            return false;
        }

        await deletion.DeleteAsync(post, channel, request.ActorId, cancellationToken);
        return true;
    }
}
