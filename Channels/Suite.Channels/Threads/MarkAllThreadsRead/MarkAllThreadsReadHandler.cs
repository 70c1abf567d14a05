using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.MarkAllThreadsRead;

internal sealed class MarkAllThreadsReadHandler(ThreadAccess access, ThreadStore store, ThreadEvents events, TimeProvider time) : IRequestHandler<MarkAllThreadsReadRequest, Unit>
{
    public async Task<Unit> Handle(MarkAllThreadsReadRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        await store.MarkAllReadAsync(userId, request.TeamId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        await events.AllReadAsync(userId, request.TeamId, cancellationToken);
        return Unit.Value;
    }
}
