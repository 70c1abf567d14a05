using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.RevokeAccessToken;

internal sealed class RevokeAccessTokenHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<RevokeAccessTokenRequest, Unit>
{
    public async Task<Unit> Handle(RevokeAccessTokenRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await AccessTokenResponse.FindOwnedAsync(connection, request.TokenId, currentUser, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM platform.access_tokens WHERE id = @TokenId",
            request,
            cancellationToken: cancellationToken));
        return Unit.Value;
    }
}
