using Suite.Channels.Posts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.SetThreadUnread;

internal sealed class SetThreadUnreadHandler(ThreadAccess access, PostStore posts, ThreadReading reading) : IRequestHandler<SetThreadUnreadRequest, UserThread>
{
    public async Task<UserThread> Handle(SetThreadUnreadRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var (root, _) = await access.RequireThreadAsync(request.ThreadId, request.TeamId, cancellationToken);
        var post = await posts.FindAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (post is null || (post.Id != root.Id && post.RootId != root.Id))
        {
            throw new AppErrorException(400, "app.user.update_thread_read_for_user_by_post.app_error", "The post is not in this thread.");
        }

        return await reading.MarkAsync(userId, request.TeamId, root, post.CreateAt - 1, cancellationToken);
    }
}
