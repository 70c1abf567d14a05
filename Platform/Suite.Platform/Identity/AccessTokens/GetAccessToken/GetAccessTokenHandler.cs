using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessToken;

internal sealed class GetAccessTokenHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetAccessTokenRequest, AccessTokenResponse>
{
    public async Task<AccessTokenResponse> Handle(GetAccessTokenRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await AccessTokenResponse.FindOwnedAsync(connection, request.TokenId, currentUser, cancellationToken);
    }
}
