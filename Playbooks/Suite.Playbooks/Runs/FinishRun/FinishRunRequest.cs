using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.FinishRun;

/// <summary>
/// <c>PUT /runs/{id}/finish</c> and <c>PUT /runs/{id}/restore</c>: the owner or an admin ends or reopens the run; doing it
/// twice changes nothing. Finishing is announced (<see cref="RunFinishedAnnouncement"/>).
/// </summary>
internal sealed record FinishRunRequest(string RunId, bool Finished) : IRequest;

internal sealed class FinishRunHandler(
    RunAccess access, RunStore runs, RunBroadcaster broadcaster, RunFinishedAnnouncement announcement, Usernames usernames, ICurrentUser user, TimeProvider time)
    : IRequestHandler<FinishRunRequest, Unit>
{
    public async Task<Unit> Handle(FinishRunRequest request, CancellationToken cancellationToken)
    {
        await access.OwnedAsync(request.RunId, handover: false, cancellationToken);
        var actor = await usernames.CallerAsync(cancellationToken);
        var target = request.Finished ? RunStatuses.Finished : RunStatuses.InProgress;
        var changed = false;
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                changed = current.CurrentStatus != target;
                if (!changed)
                {
                    return [];
                }

                var at = time.GetUtcNow().ToUnixTimeMilliseconds();
                return request.Finished
                    ? [new RunFinished { At = at, ActorId = user.UserId, Summary = $"{actor} finished the run" }]
                    : [new RunRestored { At = at, ActorId = user.UserId, Summary = $"{actor} restored the run" }];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        if (changed && request.Finished)
        {
            await announcement.AnnounceAsync(run, user.UserId, actor, cancellationToken);
        }

        return Unit.Value;
    }
}
