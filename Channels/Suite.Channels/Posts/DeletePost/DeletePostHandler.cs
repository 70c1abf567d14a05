using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.DeletePost;

internal sealed class DeletePostHandler(PostReadAccess reads, ChannelStore store, ChannelAccess access, PostDeletion deletion)
    : IRequestHandler<DeletePostRequest, Unit>
{
    public async Task<Unit> Handle(DeletePostRequest request, CancellationToken cancellationToken)
    {
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        var actor = access.UserId;
        if (post.UserId != actor)
        {
            var member = await store.FindMemberAsync(channel.Id, actor, cancellationToken);
            if (!await access.CanManageAsync(channel, member, cancellationToken))
            {
                throw AppErrorException.Forbidden("Only the author and channel, team or system admins may delete a post.");
            }
        }

        await deletion.DeleteAsync(post, channel, actor, cancellationToken);
        return Unit.Value;
    }
}
