using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.DeleteTimelineEvent;

/// <summary><c>DELETE /runs/{id}/timeline/{eventID}</c>: hides a timeline entry (soft delete); the stream keeps the event that made it.</summary>
internal sealed record DeleteTimelineEventRequest(string RunId, string EventId) : IRequest;

internal sealed class DeleteTimelineEventHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteTimelineEventRequest, Unit>
{
    public async Task<Unit> Handle(DeleteTimelineEventRequest request, CancellationToken cancellationToken)
    {
        await access.WorkableAsync(request.RunId, cancellationToken);
        var run = await runs.ChangeAsync(
            request.RunId,
            current => current.TimelineEvents.Any(e => e.Id == request.EventId && e.DeleteAt == 0)
                ? [new TimelineEventDeleted(request.EventId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId }]
                : throw AppErrorException.NotFound("timeline event"),
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
