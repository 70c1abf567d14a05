using Dapper;
using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Logout;

internal sealed class LogoutHandler(NpgsqlDataSource db, ICurrentUser currentUser, SessionCache sessions) : IRequestHandler<LogoutRequest, Unit>
{
    public async Task<Unit> Handle(LogoutRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.IsAuthenticated)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM platform.sessions WHERE id = @id",
                new { id = currentUser.SessionId },
                cancellationToken: cancellationToken));
            sessions.InvalidateSession(currentUser.SessionId);
        }

        return Unit.Value;
    }
}
