using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.FollowThread;

/// <summary>
/// <c>PUT</c> (follow) and <c>DELETE</c> (unfollow) <c>/api/v4/users/{user_id}/teams/{team_id}/threads/{thread_id}/following</c>;
/// following marks the thread read now, as Mattermost does.
/// </summary>
internal sealed record FollowThreadRequest(string UserId, string TeamId, string ThreadId, bool Follow) : IRequest<Unit>, ITeamScopedRequest;
