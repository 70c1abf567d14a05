using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThread;

internal sealed class GetUserThreadHandler(ThreadAccess access, ThreadStore store, ThreadResponses responses) : IRequestHandler<GetUserThreadRequest, UserThread>
{
    public async Task<UserThread> Handle(GetUserThreadRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        await access.RequireThreadAsync(request.ThreadId, request.TeamId, cancellationToken);
        var row = await store.FindAsync(userId, request.ThreadId, cancellationToken) ?? throw ThreadErrors.NotFound();
        return await responses.ToResponseAsync(row, request.Extended, cancellationToken);
    }
}
