using Dapper;
using Npgsql;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.EnsureBot;

internal sealed class EnsureBotHandler(NpgsqlDataSource db, TimeProvider time) : IRequestHandler<EnsureBotRequest, string>
{
    public async Task<string> Handle(EnsureBotRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request.Username, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var userId = Ids.New();
        var created = await BotRows.InsertAsync(
            connection, transaction, userId, request.Username, request.DisplayName, request.Description, request.OwnerId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created ? userId : await FindAsync(request.Username, cancellationToken) ?? throw UserErrors.UsernameExists();
    }

    private async Task<string?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT b.user_id FROM platform.bots b JOIN platform.users u ON u.id = b.user_id WHERE u.username = @username",
            new { username },
            cancellationToken: cancellationToken));
    }
}
