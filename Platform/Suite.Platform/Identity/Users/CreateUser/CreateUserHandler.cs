using Dapper;
using Npgsql;
using Suite.Platform.Mediator;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Users.CreateUser;

internal sealed class CreateUserHandler(NpgsqlDataSource db, TimeProvider time, UserPasswords passwords)
    : IRequestHandler<CreateUserRequest, UserResponse>
{
    private const long FirstUserLockKey = 0x5375_6974_6541_646D; // "SuiteAdm"

    public async Task<UserResponse> Handle(CreateUserRequest request, CancellationToken cancellationToken)
    {
        var passwordHash = passwords.Hash(request.Password);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var roles = await RolesForNewAccountAsync(connection, transaction, cancellationToken);
        UserRow row;
        try
        {
            row = await connection.QuerySingleAsync<UserRow>(new CommandDefinition(
                $"""
                INSERT INTO platform.users AS u
                       (id, username, email, password_hash, nickname, first_name, last_name, position, roles, locale,
                        notify_props, timezone, create_at, update_at, last_password_update)
                VALUES (@Id, @Username, @Email, @PasswordHash, @Nickname, @FirstName, @LastName, @Position, @Roles, @Locale,
                        @NotifyProps::jsonb, @Timezone::jsonb, @Now, @Now, @Now)
                RETURNING {UserRow.Columns}
                """,
                new
                {
                    Id = Ids.New(),
                    request.Username,
                    request.Email,
                    PasswordHash = passwordHash,
                    request.Nickname,
                    request.FirstName,
                    request.LastName,
                    request.Position,
                    Roles = roles,
                    Locale = request.Locale.Length == 0 ? UserDefaults.Locale : request.Locale,
                    NotifyProps = UserDefaults.NotifyPropsJson,
                    Timezone = UserDefaults.TimezoneJson,
                    Now = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_username_key"))
        {
            throw UserErrors.UsernameExists();
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_email_key"))
        {
            throw UserErrors.EmailExists();
        }

        await transaction.CommitAsync(cancellationToken);
        return UserResponses.From(row, full: true);
    }

    // Accounts are deactivated, never deleted, so once one exists no sign-up can be the first. Only
    // while none exists do sign-ups queue on a transaction-scoped lock and look again, so two
    // concurrent first sign-ups cannot both become system admin.
    private static async Task<string> RolesForNewAccountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        const string AnyAccount = "SELECT EXISTS (SELECT 1 FROM platform.users)";
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(AnyAccount, transaction: transaction, cancellationToken: cancellationToken)))
        {
            return SystemRoles.User;
        }

        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = FirstUserLockKey }, transaction, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(AnyAccount, transaction: transaction, cancellationToken: cancellationToken))
            ? SystemRoles.User
            : $"{SystemRoles.Admin} {SystemRoles.User}";
    }
}
