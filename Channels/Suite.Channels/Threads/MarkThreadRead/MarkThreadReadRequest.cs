using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.MarkThreadRead;

/// <summary><c>PUT /api/v4/users/{user_id}/teams/{team_id}/threads/{thread_id}/read/{timestamp}</c>: read up to the time (the user follows the thread from then on).</summary>
internal sealed record MarkThreadReadRequest(string UserId, string TeamId, string ThreadId, long Timestamp) : IRequest<UserThread>, ITeamScopedRequest;
