using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThread;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/threads/{thread_id}</c>: one thread the user has a membership of.</summary>
internal sealed record GetUserThreadRequest(string UserId, string TeamId, string ThreadId, bool Extended) : IRequest<UserThread>, ITeamScopedRequest;
