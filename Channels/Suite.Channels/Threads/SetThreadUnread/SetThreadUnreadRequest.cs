using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.SetThreadUnread;

/// <summary><c>POST /api/v4/users/{user_id}/teams/{team_id}/threads/{thread_id}/set_unread/{post_id}</c>: unread from that post of the thread on.</summary>
internal sealed record SetThreadUnreadRequest(string UserId, string TeamId, string ThreadId, string PostId) : IRequest<UserThread>, ITeamScopedRequest;
