using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.FollowThread;

internal sealed class FollowThreadHandler(ThreadAccess access, ThreadStore store, ThreadEvents events, TimeProvider time) : IRequestHandler<FollowThreadRequest, Unit>
{
    public async Task<Unit> Handle(FollowThreadRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var (root, _) = await access.RequireThreadAsync(request.ThreadId, request.TeamId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.SetFollowingAsync(userId, root.Id, request.Follow, lastViewed: now, viewedNow: request.Follow, now, cancellationToken);
        await events.FollowChangedAsync(userId, request.TeamId, root.Id, request.Follow, root.ReplyCount, cancellationToken);
        return Unit.Value;
    }
}
