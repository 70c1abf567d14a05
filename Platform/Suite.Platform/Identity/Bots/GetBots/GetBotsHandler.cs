using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBots;

internal sealed class GetBotsHandler(NpgsqlDataSource db, ICurrentUser currentUser, BotOptions options) : IRequestHandler<GetBotsRequest, IReadOnlyList<BotResponse>>
{
    public async Task<IReadOnlyList<BotResponse>> Handle(GetBotsRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystemAdmin && !options.UsersMayCreateBots)
        {
            throw AppErrorException.Forbidden("Only system admins may list bots.");
        }

        // Orphaned, as Mattermost: the owner's account is gone or deactivated.
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var bots = await connection.QueryAsync<BotResponse>(new CommandDefinition(
            $"""
            SELECT {BotResponse.Columns} FROM {BotResponse.From}
             WHERE (@All OR b.owner_id = @UserId)
               AND (@IncludeDeleted OR b.delete_at = 0)
               AND (NOT @OnlyOrphaned OR NOT EXISTS (SELECT 1 FROM platform.users o WHERE o.id = b.owner_id AND o.delete_at = 0))
             ORDER BY u.username
             LIMIT @Limit OFFSET @Offset
            """,
            new
            {
                All = currentUser.IsSystemAdmin,
                currentUser.UserId,
                request.IncludeDeleted,
                request.OnlyOrphaned,
                Limit = request.Paging.PerPage,
                request.Paging.Offset,
            },
            cancellationToken: cancellationToken));
        return bots.AsList();
    }
}
