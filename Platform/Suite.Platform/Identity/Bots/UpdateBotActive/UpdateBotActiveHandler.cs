using Dapper;
using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.UpdateBotActive;

internal sealed class UpdateBotActiveHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, BotAccess access, SessionCache sessions)
    : IRequestHandler<UpdateBotActiveRequest, BotResponse>
{
    public async Task<BotResponse> Handle(UpdateBotActiveRequest request, CancellationToken cancellationToken)
    {
        var bot = await access.RequireManageableAsync(request.BotUserId, currentUser, cancellationToken);
        if ((bot.DeleteAt == 0) == request.Active)
        {
            return bot;
        }

        // The user account is deactivated with the bot: that is what stops its tokens and sessions.
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var parameters = new { request.BotUserId, Now = now, DeleteAt = request.Active ? 0 : now };
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform.users SET delete_at = @DeleteAt, update_at = @Now WHERE id = @BotUserId", parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform.bots SET delete_at = @DeleteAt, update_at = @Now WHERE user_id = @BotUserId", parameters, transaction, cancellationToken: cancellationToken));
        var updated = await connection.QuerySingleAsync<BotResponse>(new CommandDefinition(
            $"SELECT {BotResponse.Columns} FROM {BotResponse.From} WHERE b.user_id = @BotUserId", parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        // Other processes drop the bot's cached sessions when the database announces the change; this one at once.
        sessions.InvalidateUser(request.BotUserId);
        return updated;
    }
}
