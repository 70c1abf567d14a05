using Dapper;
using Npgsql;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Bots.CreateBot;

internal sealed class CreateBotHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, BotOptions options, BotAccess access)
    : IRequestHandler<CreateBotRequest, BotResponse>
{
    public async Task<BotResponse> Handle(CreateBotRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableBotAccountCreation)
        {
            throw BotErrors.CreationDisabled();
        }

        if (!access.MayCreate(currentUser))
        {
            throw Errors.AppErrorException.Forbidden("Only system admins may create bots.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var userId = Ids.New();
        try
        {
            // An empty password hash never verifies, and login refuses bots before looking at it.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO platform.users (id, username, email, password_hash, first_name, roles, notify_props, timezone, is_bot, create_at, update_at, last_password_update)
                VALUES (@UserId, @Username, @Email, '', @DisplayName, @Roles, @NotifyProps::jsonb, @Timezone::jsonb, true, @Now, @Now, 0)
                """,
                new
                {
                    UserId = userId,
                    request.Username,
                    Email = $"{request.Username}@localhost",
                    request.DisplayName,
                    Roles = SystemRoles.User,
                    NotifyProps = UserDefaults.NotifyPropsJson,
                    Timezone = UserDefaults.TimezoneJson,
                    Now = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_username_key") || ex.IsUniqueViolation("users_email_key"))
        {
            throw UserErrors.UsernameExists();
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.bots (user_id, display_name, description, owner_id, create_at, update_at)
            VALUES (@UserId, @DisplayName, @Description, @OwnerId, @Now, @Now)
            """,
            new { UserId = userId, request.DisplayName, request.Description, OwnerId = currentUser.UserId, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        var bot = await connection.QuerySingleAsync<BotResponse>(new CommandDefinition(
            $"SELECT {BotResponse.Columns} FROM {BotResponse.From} WHERE b.user_id = @userId", new { userId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return bot;
    }
}
