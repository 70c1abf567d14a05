using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Login;

internal sealed class LoginHandler(NpgsqlDataSource db, TimeProvider time, UserPasswords passwords, SessionLifetimeOptions sessionLifetime, SessionCache sessions)
    : IRequestHandler<LoginRequest, LoginResult>
{
    public async Task<LoginResult> Handle(LoginRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var account = await FindAccountAsync(connection, request, cancellationToken);
        if (account?.IsBot == true)
        {
            throw Bots.BotErrors.LoginForbidden();
        }

        var check = passwords.Verify(account?.PasswordHash, request.Password);
        if (account is null || check == PasswordVerificationResult.Failed)
        {
            throw UserErrors.InvalidCredentials();
        }

        if (account.DeleteAt != 0)
        {
            throw UserErrors.Deactivated();
        }

        var now = time.GetUtcNow();
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE platform.users SET password_hash = @hash WHERE id = @id",
                new { hash = passwords.Hash(request.Password), id = account.Id },
                cancellationToken: cancellationToken));
        }

        var token = Ids.New();
        var csrfToken = Ids.New();
        var expiresAt = now + sessionLifetime.Length;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // As Mattermost: a new login from a device replaces that device's previous session.
            if (request.DeviceId.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM platform.sessions WHERE user_id = @UserId AND device_id = @DeviceId",
                    new { UserId = account.Id, request.DeviceId },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO platform.sessions (id, token_hash, user_id, csrf_token, device_id, create_at, expires_at, last_activity_at)
                VALUES (@Id, @TokenHash, @UserId, @CsrfToken, @DeviceId, @Now, @ExpiresAt, @Now)
                """,
                new
                {
                    Id = Ids.New(),
                    TokenHash = SessionStore.Hash(token),
                    UserId = account.Id,
                    CsrfToken = csrfToken,
                    request.DeviceId,
                    Now = now.ToUnixTimeMilliseconds(),
                    ExpiresAt = expiresAt.ToUnixTimeMilliseconds(),
                },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        if (request.DeviceId.Length > 0)
        {
            sessions.InvalidateUser(account.Id);
        }

        var user = await UserRow.FindAsync(connection, account.Id, cancellationToken) ?? throw UserErrors.NotFound();
        return new LoginResult(UserResponses.From(user, full: true), token, csrfToken, expiresAt);
    }

    private static Task<Account?> FindAccountAsync(NpgsqlConnection connection, LoginRequest request, CancellationToken cancellationToken)
    {
        var sql = request.Id.Length > 0
            ? "SELECT id, password_hash AS passwordhash, delete_at AS deleteat, is_bot AS isbot FROM platform.users WHERE id = @Id"
            : "SELECT id, password_hash AS passwordhash, delete_at AS deleteat, is_bot AS isbot FROM platform.users WHERE username = lower(@LoginId) OR lower(email) = lower(@LoginId) LIMIT 1";
        return connection.QuerySingleOrDefaultAsync<Account>(new CommandDefinition(sql, new { request.Id, request.LoginId }, cancellationToken: cancellationToken));
    }

    private sealed record Account(string Id, string PasswordHash, long DeleteAt, bool IsBot);
}
