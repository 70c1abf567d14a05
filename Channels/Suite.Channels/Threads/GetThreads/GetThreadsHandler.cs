using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThreads;

internal sealed class GetThreadsHandler(ThreadAccess access, ThreadStore store, ThreadResponses responses) : IRequestHandler<GetThreadsRequest, UserThreads>
{
    public async Task<UserThreads> Handle(GetThreadsRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var query = request.Query;
        var (page, total, unreadThreads, unreadMentions) = await store.PageAsync(userId, request.TeamId, query, cancellationToken);
        var threads = query.TotalsOnly ? [] : await responses.ToResponsesAsync(page, query.Extended, cancellationToken);
        return query.ThreadsOnly
            ? new UserThreads { Threads = threads }
            : new UserThreads { Total = total, TotalUnreadThreads = unreadThreads, TotalUnreadMentions = unreadMentions, Threads = threads };
    }
}
