using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Retrospective;

/// <summary><c>POST /runs/{id}/no-retrospective-button</c>: this run gets no retrospective.</summary>
internal sealed record CancelRetrospectiveRequest(string RunId) : IRequest;

internal sealed class CancelRetrospectiveHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, TimeProvider time)
    : IRequestHandler<CancelRetrospectiveRequest, Unit>
{
    public async Task<Unit> Handle(CancelRetrospectiveRequest request, CancellationToken cancellationToken)
    {
        await access.WorkableAsync(request.RunId, cancellationToken);
        var summary = $"{await usernames.CallerAsync(cancellationToken)} canceled the retrospective";
        var run = await runs.ChangeAsync(
            request.RunId,
            current => current.RetrospectiveWasCanceled
                ? []
                : [new RetrospectiveCanceled { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = summary }],
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
