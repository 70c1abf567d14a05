using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThreadMentionCounts;

internal sealed class GetThreadMentionCountsHandler(ThreadAccess access, ThreadStore store) : IRequestHandler<GetThreadMentionCountsRequest, IReadOnlyDictionary<string, long>>
{
    public async Task<IReadOnlyDictionary<string, long>> Handle(GetThreadMentionCountsRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        return await store.MentionCountsByChannelAsync(userId, request.TeamId, cancellationToken);
    }
}
