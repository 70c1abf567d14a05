using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.UserSessions;

/// <summary><c>GET /api/v4/users/{user_id}/sessions</c>: the user's live sessions, for the user and system admins.</summary>
internal sealed record GetUserSessionsRequest(string UserId) : IRequest<IReadOnlyList<SessionResponse>>, IUserScopedRequest;

/// <summary><c>POST /api/v4/users/{user_id}/sessions/revoke</c> (<c>{session_id}</c>): ends one of the user's sessions.</summary>
internal sealed record RevokeUserSessionRequest(string UserId, string SessionId) : IRequest<Unit>, IUserScopedRequest;
