using Dapper;
using Npgsql;
using Suite.Platform.Errors;

namespace Suite.Platform.Identity.Bots;

/// <summary>
/// Who may see and manage a bot, as Mattermost's bot permissions with the default roles: system
/// admins manage every bot; a user manages the bots they own when <see cref="BotOptions.UsersMayCreateBots"/>
/// is on; anyone else is told the bot does not exist.
/// </summary>
internal sealed class BotAccess(NpgsqlDataSource db, BotOptions options)
{
    public bool MayCreate(ICurrentUser user) => user.IsSystemAdmin || options.UsersMayCreateBots;

    /// <summary>The bot (deleted or not) when <paramref name="user"/> may manage it; 404 when it is missing or someone else's, 403 when the owner lacks the permission.</summary>
    public async Task<BotResponse> RequireManageableAsync(string botUserId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var bot = await FindAsync(botUserId, cancellationToken) ?? throw BotErrors.NotFound();
        if (user.IsSystemAdmin)
        {
            return bot;
        }

        if (bot.OwnerId != user.UserId)
        {
            throw BotErrors.NotFound();
        }

        return options.UsersMayCreateBots ? bot : throw AppErrorException.Forbidden("Only system admins may manage bots.");
    }

    /// <summary>True when <paramref name="userId"/> is a bot that <paramref name="user"/> may manage (used to let owners act on their bots' accounts).</summary>
    public async Task<bool> IsManagedByAsync(string userId, ICurrentUser user, CancellationToken cancellationToken) =>
        options.UsersMayCreateBots && (await FindAsync(userId, cancellationToken))?.OwnerId == user.UserId;

    public async Task<BotResponse?> FindAsync(string botUserId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<BotResponse>(new CommandDefinition(
            $"SELECT {BotResponse.Columns} FROM {BotResponse.From} WHERE b.user_id = @botUserId",
            new { botUserId },
            cancellationToken: cancellationToken));
    }
}
