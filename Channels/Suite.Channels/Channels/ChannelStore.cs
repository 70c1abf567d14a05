using Dapper;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.Channels.Channels;

/// <summary>The SQL for channels and memberships that several use cases share.</summary>
internal sealed class ChannelStore(NpgsqlDataSource db)
{
    public async Task<Channel?> FindAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Channel>(new CommandDefinition(
            $"SELECT {Channel.Columns} FROM channels.channels WHERE id = @channelId", new { channelId }, cancellationToken: cancellationToken));
    }

    public async Task<Channel?> FindByNameAsync(string teamId, string name, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Channel>(new CommandDefinition(
            $"SELECT {Channel.Columns} FROM channels.channels WHERE team_id = @teamId AND name = @name", new { teamId, name }, cancellationToken: cancellationToken));
    }

    public async Task<ChannelMember?> FindMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ChannelMember>(new CommandDefinition(
            $"SELECT {ChannelMember.Columns} FROM channels.channel_members WHERE channel_id = @channelId AND user_id = @userId",
            new { channelId, userId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> MemberIdsAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM channels.channel_members WHERE channel_id = @channelId", new { channelId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Inserts a channel and its first members in one transaction; false when the name is taken in the team.</summary>
    public async Task<bool> InsertAsync(Channel channel, IEnumerable<ChannelMember> members, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.channels (id, team_id, type, name, display_name, header, purpose, creator_id, create_at, update_at)
            VALUES (@Id, @TeamId, @Type, @Name, @DisplayName, @Header, @Purpose, @CreatorId, @CreateAt, @UpdateAt)
            ON CONFLICT (team_id, name) DO NOTHING
            """,
            channel,
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        foreach (var member in members)
        {
            await InsertMemberAsync(connection, transaction, member, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static Task<int> InsertMemberAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ChannelMember member, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.channel_members (channel_id, user_id, roles, last_viewed_at, msg_count, msg_count_root, notify_props, last_update_at)
            SELECT @ChannelId, @UserId, @Roles, @LastViewedAt, c.total_msg_count, c.total_msg_count_root, @NotifyProps, @LastUpdateAt
              FROM channels.channels c WHERE c.id = @ChannelId
            ON CONFLICT (channel_id, user_id) DO NOTHING
            """,
            new
            {
                member.ChannelId,
                member.UserId,
                member.Roles,
                member.LastViewedAt,
                NotifyProps = DapperConventions.Jsonb(member.NotifyProps),
                member.LastUpdateAt,
            },
            transaction,
            cancellationToken: cancellationToken));
}
