using Dapper;
using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.RevokeAccessToken;

internal sealed class RevokeAccessTokenHandler(NpgsqlDataSource db, ICurrentUser currentUser, SessionCache sessions) : IRequestHandler<RevokeAccessTokenRequest, Unit>
{
    public async Task<Unit> Handle(RevokeAccessTokenRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await AccessTokenResponse.FindOwnedAsync(connection, request.TokenId, currentUser, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM platform.access_tokens WHERE id = @TokenId",
            request,
            cancellationToken: cancellationToken));
        sessions.InvalidateSession(request.TokenId);
        return Unit.Value;
    }
}
