using Dapper;
using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.UpdateAccessTokenActive;

internal sealed class UpdateAccessTokenActiveHandler(NpgsqlDataSource db, ICurrentUser currentUser, SessionCache sessions) : IRequestHandler<UpdateAccessTokenActiveRequest, Unit>
{
    public async Task<Unit> Handle(UpdateAccessTokenActiveRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await AccessTokenResponse.FindOwnedAsync(connection, request.TokenId, currentUser, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform.access_tokens SET is_active = @Active WHERE id = @TokenId",
            request,
            cancellationToken: cancellationToken));
        sessions.InvalidateSession(request.TokenId);
        return Unit.Value;
    }
}
