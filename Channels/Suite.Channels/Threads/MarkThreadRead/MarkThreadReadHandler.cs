using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.MarkThreadRead;

internal sealed class MarkThreadReadHandler(ThreadAccess access, ThreadReading reading) : IRequestHandler<MarkThreadReadRequest, UserThread>
{
    public async Task<UserThread> Handle(MarkThreadReadRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var (root, _) = await access.RequireThreadAsync(request.ThreadId, request.TeamId, cancellationToken);
        return await reading.MarkAsync(userId, request.TeamId, root, request.Timestamp, cancellationToken);
    }
}
