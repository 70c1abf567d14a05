using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Followers;

/// <summary><c>PUT</c> and <c>DELETE /runs/{id}/followers</c>: whoever may see the run follows or unfollows it; doing it twice changes nothing.</summary>
internal sealed record FollowRunRequest(string RunId, bool Follow) : IRequest;

internal sealed class FollowRunHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, ICurrentUser user, TimeProvider time) : IRequestHandler<FollowRunRequest, Unit>
{
    public async Task<Unit> Handle(FollowRunRequest request, CancellationToken cancellationToken)
    {
        await access.ReadableAsync(request.RunId, cancellationToken);
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                if (current.FollowerIds.Contains(user.UserId) == request.Follow)
                {
                    return [];
                }

                var at = time.GetUtcNow().ToUnixTimeMilliseconds();
                return request.Follow ? [new RunFollowed(user.UserId) { At = at, ActorId = user.UserId }] : [new RunUnfollowed(user.UserId) { At = at, ActorId = user.UserId }];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}

/// <summary><c>GET /runs/{id}/followers</c>: the followers' ids.</summary>
internal sealed record GetFollowersRequest(string RunId) : IRequest<IReadOnlyList<string>>;

internal sealed class GetFollowersHandler(RunAccess access) : IRequestHandler<GetFollowersRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetFollowersRequest request, CancellationToken cancellationToken) =>
        (await access.ReadableAsync(request.RunId, cancellationToken)).FollowerIds;
}
