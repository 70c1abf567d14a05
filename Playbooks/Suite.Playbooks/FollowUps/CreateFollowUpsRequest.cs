using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.FollowUps;

/// <summary><c>POST /runs/{id}/follow-ups</c>: makes the cards of follow-ups that have none yet (after the board was fixed, say); answers the run.</summary>
internal sealed record CreateFollowUpsRequest(string RunId) : IRequest<PlaybookRun>;

internal sealed class CreateFollowUpsHandler(RunAccess access, FollowUpCards cards, RunBroadcaster broadcaster, ICurrentUser user) : IRequestHandler<CreateFollowUpsRequest, PlaybookRun>
{
    public async Task<PlaybookRun> Handle(CreateFollowUpsRequest request, CancellationToken cancellationToken)
    {
        var run = await cards.CreateAsync(await access.WorkableAsync(request.RunId, cancellationToken), user.UserId, cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return run;
    }
}
