using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.StatusUpdates;

/// <summary>Mattermost's <c>StatusPostComplete</c>: a status update with its text and author.</summary>
internal sealed record StatusUpdate(string Id, long CreateAt, long DeleteAt, string Message, string AuthorUserName);

/// <summary>
/// <c>GET /runs/{id}/status-updates</c>: the run's status updates, newest first, read from its timeline
/// (which keeps each update's text, post and author), for whoever may see the run.
/// </summary>
internal sealed record GetStatusUpdatesRequest(string RunId) : IRequest<IReadOnlyList<StatusUpdate>>;

internal sealed class GetStatusUpdatesHandler(RunAccess access, IUserDirectory directory) : IRequestHandler<GetStatusUpdatesRequest, IReadOnlyList<StatusUpdate>>
{
    public async Task<IReadOnlyList<StatusUpdate>> Handle(GetStatusUpdatesRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableWithTimelineAsync(request.RunId, cancellationToken);
        var updates = run.TimelineEvents.Where(e => e.EventType == TimelineEventTypes.StatusUpdated && e.DeleteAt == 0).ToList();
        var authors = (await directory.FindByIdsAsync(updates.Select(e => e.CreatorUserId).ToHashSet(), cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
        var deleted = run.StatusPosts.Where(p => p.DeleteAt != 0).ToDictionary(p => p.Id, p => p.DeleteAt);
        return updates
            .OrderByDescending(e => e.CreateAt)
            .Select(e => new StatusUpdate(e.PostId, e.CreateAt, deleted.GetValueOrDefault(e.PostId), e.Details, authors.GetValueOrDefault(e.CreatorUserId, "")))
            .ToList();
    }
}
