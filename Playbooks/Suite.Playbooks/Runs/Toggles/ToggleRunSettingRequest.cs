using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Toggles;

internal enum RunSetting
{
    StatusUpdates,
    Retrospective,
}

/// <summary>
/// <c>PUT /runs/{id}/status-update-enabled</c> <c>{status_enabled}</c> and <c>PUT /runs/{id}/retrospective-enabled</c>
/// <c>{retrospective_enabled}</c>: a participant switches the setting; switching it to what it is changes nothing.
/// </summary>
internal sealed record ToggleRunSettingRequest(string RunId, RunSetting Setting, bool Enabled) : IRequest;

internal sealed class ToggleRunSettingHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ToggleRunSettingRequest, Unit>
{
    public async Task<Unit> Handle(ToggleRunSettingRequest request, CancellationToken cancellationToken)
    {
        await access.WorkableAsync(request.RunId, cancellationToken);
        var actor = await usernames.CallerAsync(cancellationToken);
        var verb = request.Enabled ? "enabled" : "disabled";
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                var at = time.GetUtcNow().ToUnixTimeMilliseconds();
                return request.Setting switch
                {
                    RunSetting.StatusUpdates when current.StatusUpdateEnabled != request.Enabled =>
                        [new StatusUpdatesToggled(request.Enabled) { At = at, ActorId = user.UserId, Summary = $"{actor} {verb} status updates" }],
                    RunSetting.Retrospective when current.RetrospectiveEnabled != request.Enabled =>
                        [new RetrospectiveToggled(request.Enabled) { At = at, ActorId = user.UserId, Summary = $"{actor} {verb} the retrospective" }],
                    _ => [],
                };
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
