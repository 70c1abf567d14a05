using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThreads;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/teams/{team_id}/threads</c>: the threads the user follows in the team
/// and their direct and group channels, most recent reply first, with the unread totals.
/// </summary>
internal sealed record GetThreadsRequest(string UserId, string TeamId, ThreadQuery Query) : IRequest<UserThreads>, ITeamScopedRequest;
