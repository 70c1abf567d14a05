using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Users.PatchUser;

internal sealed class PatchUserHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, UserPasswords passwords, UserUpdatedEvents events)
    : IRequestHandler<PatchUserRequest, UserResponse>
{
    public async Task<UserResponse> Handle(PatchUserRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<Account>(new CommandDefinition(
            "SELECT email, password_hash AS passwordhash FROM platform.users WHERE id = @UserId",
            new { request.UserId },
            cancellationToken: cancellationToken)) ?? throw UserErrors.NotFound();

        // As Mattermost: someone changing their own email confirms it with their password, so a
        // stolen session cannot take over the account through a password reset to a new address.
        if (request.Email is not null && request.Email != current.Email && !currentUser.IsSystemAdmin)
        {
            if (string.IsNullOrEmpty(request.Password))
            {
                throw AppErrorException.InvalidBody("password", "Changing the email needs the current password.");
            }

            if (passwords.Verify(current.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            {
                throw UserErrors.WrongPassword();
            }
        }

        try
        {
            var row = await connection.QuerySingleAsync<UserRow>(new CommandDefinition(
                $"""
                UPDATE platform.users AS u SET
                       username = COALESCE(@Username, username),
                       email = COALESCE(@Email, email),
                       nickname = COALESCE(@Nickname, nickname),
                       first_name = COALESCE(@FirstName, first_name),
                       last_name = COALESCE(@LastName, last_name),
                       position = COALESCE(@Position, position),
                       locale = COALESCE(NULLIF(@Locale, ''), locale),
                       props = COALESCE(@Props::jsonb, props),
                       notify_props = COALESCE(@NotifyProps::jsonb, notify_props),
                       timezone = COALESCE(@Timezone::jsonb, timezone),
                       update_at = @Now
                 WHERE u.id = @UserId
                RETURNING {UserRow.Columns}
                """,
                new
                {
                    request.UserId,
                    request.Username,
                    request.Email,
                    request.Nickname,
                    request.FirstName,
                    request.LastName,
                    request.Position,
                    request.Locale,
                    Props = Json(request.Props),
                    NotifyProps = Json(request.NotifyProps),
                    Timezone = Json(request.Timezone),
                    Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
                },
                cancellationToken: cancellationToken));
            await events.PublishAsync(row, cancellationToken);
            return UserResponses.From(row, full: true);
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_username_key"))
        {
            throw UserErrors.UsernameExists();
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_email_key"))
        {
            throw UserErrors.EmailExists();
        }
    }

    private sealed record Account(string Email, string PasswordHash);

    private static string? Json(IReadOnlyDictionary<string, string>? map) => map is null ? null : JsonSerializer.Serialize(map);
}
