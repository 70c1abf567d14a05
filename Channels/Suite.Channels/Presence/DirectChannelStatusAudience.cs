using Dapper;
using Npgsql;
using Suite.Platform.Presence;

namespace Suite.Channels.Presence;

/// <summary>The other members of a user's direct and group channels see the user's status, teams or not.</summary>
internal sealed class DirectChannelStatusAudience(NpgsqlDataSource db) : IStatusAudience
{
    public async ValueTask<IReadOnlyCollection<string>> GetWatcherIdsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT other.user_id
              FROM channels.channel_members mine
              JOIN channels.channels c ON c.id = mine.channel_id AND c.type IN ('D', 'G') AND c.delete_at = 0
              JOIN channels.channel_members other ON other.channel_id = mine.channel_id
             WHERE mine.user_id = @userId
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return ids.AsList();
    }
}
