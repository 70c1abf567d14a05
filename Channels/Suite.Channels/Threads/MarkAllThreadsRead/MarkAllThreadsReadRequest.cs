using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.MarkAllThreadsRead;

/// <summary><c>PUT /api/v4/users/{user_id}/teams/{team_id}/threads/read</c>: every followed thread of the team read now.</summary>
internal sealed record MarkAllThreadsReadRequest(string UserId, string TeamId) : IRequest<Unit>, ITeamScopedRequest;
