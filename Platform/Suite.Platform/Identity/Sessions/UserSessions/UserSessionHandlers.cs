using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.UserSessions;

internal sealed class GetUserSessionsHandler(NpgsqlDataSource db, TimeProvider time) : IRequestHandler<GetUserSessionsRequest, IReadOnlyList<SessionResponse>>
{
    public async Task<IReadOnlyList<SessionResponse>> Handle(GetUserSessionsRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var sessions = await connection.QueryAsync<SessionResponse>(new CommandDefinition(
            """
            SELECT s.id, s.create_at, s.expires_at, s.last_activity_at, s.user_id, s.device_id, u.roles
              FROM platform.sessions s JOIN platform.users u ON u.id = s.user_id
             WHERE s.user_id = @UserId AND s.expires_at > @now
             ORDER BY s.last_activity_at DESC, s.id
            """,
            new { request.UserId, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return sessions.AsList();
    }
}

internal sealed class RevokeUserSessionHandler(NpgsqlDataSource db, SessionCache cache) : IRequestHandler<RevokeUserSessionRequest, Unit>
{
    public async Task<Unit> Handle(RevokeUserSessionRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "DELETE FROM platform.sessions WHERE id = @SessionId AND user_id = @UserId RETURNING user_id",
            request,
            cancellationToken: cancellationToken));
        if (owner is null)
        {
            // Mattermost answers a session of another user as a bad user_id; Suite does not say whether that session exists.
            throw new AppErrorException(400, "api.context.invalid_url_param.app_error", "Invalid or missing user_id parameter in request URL.", "The session is not one of this user's.");
        }

        cache.InvalidateSession(request.SessionId);
        return default;
    }
}
