using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.CreateAccessToken;

internal sealed class CreateAccessTokenHandler(NpgsqlDataSource db, TimeProvider time) : IRequestHandler<CreateAccessTokenRequest, AccessTokenResponse>
{
    public async Task<AccessTokenResponse> Handle(CreateAccessTokenRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (request.ExpiresAt != 0 && request.ExpiresAt <= now)
        {
            throw AppErrorException.InvalidBody("expires_at", "The expiry must be in the future.");
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var user = await UserRow.FindAsync(connection, request.UserId, cancellationToken) ?? throw UserErrors.NotFound();
        if (!user.IsActive)
        {
            throw new AppErrorException(400, "app.user_access_token.inactive_user.app_error", "A deactivated user cannot get access tokens.");
        }

        var token = Ids.New();
        var created = await connection.QuerySingleAsync<AccessTokenResponse>(new CommandDefinition(
            $"""
            INSERT INTO platform.access_tokens AS t (id, token_hash, user_id, description, is_active, create_at, expires_at)
            VALUES (@Id, @TokenHash, @UserId, @Description, true, @Now, @ExpiresAt)
            RETURNING {AccessTokenResponse.Columns}
            """,
            new { Id = Ids.New(), TokenHash = SessionStore.Hash(token), request.UserId, Description = request.Description.Trim(), Now = now, request.ExpiresAt },
            cancellationToken: cancellationToken));
        return created with { Token = token };
    }
}
