using Dapper;
using Npgsql;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

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
        if (!await BotRows.InsertAsync(connection, transaction, userId, request.Username, request.DisplayName, request.Description, currentUser.UserId, now, cancellationToken))
        {
            throw UserErrors.UsernameExists();
        }

        var bot = await connection.QuerySingleAsync<BotResponse>(new CommandDefinition(
            $"SELECT {BotResponse.Columns} FROM {BotResponse.From} WHERE b.user_id = @userId", new { userId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return bot;
    }
}
