using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.AssignBot;

internal sealed class AssignBotHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, BotAccess access)
    : IRequestHandler<AssignBotRequest, BotResponse>
{
    public async Task<BotResponse> Handle(AssignBotRequest request, CancellationToken cancellationToken)
    {
        await access.RequireManageableAsync(request.BotUserId, currentUser, cancellationToken);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var owner = await UserRow.FindAsync(connection, request.OwnerId, cancellationToken);
        if (owner is null || !owner.IsActive)
        {
            throw UserErrors.NotFound();
        }

        if (owner.IsBot)
        {
            throw new AppErrorException(400, "api.bot.assign.bot_owner.app_error", "A bot cannot own another bot.");
        }

        return await connection.QuerySingleAsync<BotResponse>(new CommandDefinition(
            $"""
            WITH assigned AS (UPDATE platform.bots SET owner_id = @OwnerId, update_at = @Now WHERE user_id = @BotUserId RETURNING *)
            SELECT {BotResponse.Columns} FROM assigned b JOIN platform.users u ON u.id = b.user_id
            """,
            new { request.BotUserId, request.OwnerId, Now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }
}
