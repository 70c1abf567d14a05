using Dapper;
using Npgsql;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Bots.PatchBot;

internal sealed class PatchBotHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, BotAccess access)
    : IRequestHandler<PatchBotRequest, BotResponse>
{
    public async Task<BotResponse> Handle(PatchBotRequest request, CancellationToken cancellationToken)
    {
        await access.RequireManageableAsync(request.BotUserId, currentUser, cancellationToken);
        var parameters = new
        {
            request.BotUserId,
            request.Username,
            request.DisplayName,
            request.Description,
            Email = request.Username is null ? null : $"{request.Username}@localhost",
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE platform.users SET username = COALESCE(@Username, username), email = COALESCE(@Email, email),
                       first_name = COALESCE(@DisplayName, first_name), update_at = @Now
                 WHERE id = @BotUserId
                """,
                parameters,
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("users_username_key") || ex.IsUniqueViolation("users_email_key"))
        {
            throw UserErrors.UsernameExists();
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE platform.bots SET display_name = COALESCE(@DisplayName, display_name), description = COALESCE(@Description, description), update_at = @Now
             WHERE user_id = @BotUserId
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        var bot = await connection.QuerySingleAsync<BotResponse>(new CommandDefinition(
            $"SELECT {BotResponse.Columns} FROM {BotResponse.From} WHERE b.user_id = @BotUserId", parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return bot;
    }
}
