using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.DeleteTimelineEvent;

/// <summary><c>DELETE /runs/{id}/timeline/{eventID}</c>: hides a timeline entry (soft delete); the stream keeps the event that made it.</summary>
internal sealed record DeleteTimelineEventRequest(string RunId, string EventId) : IRequest;

internal sealed class DeleteTimelineEventHandler(RunAccess access, RunStore runs, Timeline.RunTimeline timeline, RunBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteTimelineEventRequest, Unit>
{
    public async Task<Unit> Handle(DeleteTimelineEventRequest request, CancellationToken cancellationToken)
    {
        await access.WorkableAsync(request.RunId, cancellationToken);
        if (await timeline.FindAsync(request.RunId, request.EventId, cancellationToken) is not { DeleteAt: 0 })
        {
            throw AppErrorException.NotFound("timeline event");
        }

        var run = await runs.ChangeAsync(
            request.RunId,
            _ => [new TimelineEventDeleted(request.EventId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId }],
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
