using Dapper;
using Npgsql;
using Suite.Channels.Storage;

namespace Suite.Channels.Channels;

/// <summary>The SQL for channels and memberships that several use cases share.</summary>
internal sealed class ChannelStore(NpgsqlDataSource db)
{
    public NpgsqlDataSource DataSource => db;

    public async Task<Channel?> FindAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Channel>(new CommandDefinition(
            $"SELECT {Channel.Columns} FROM channels.channels WHERE id = @channelId", new { channelId }, cancellationToken: cancellationToken));
    }

    /// <summary>The channel and the user's membership of it (null when not a member), in one round trip.</summary>
    public async Task<(Channel? Channel, ChannelMember? Member)> FindWithMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Channel, ChannelMember?, (Channel, ChannelMember?)>(
            new CommandDefinition(
                $"""
                SELECT {Prefixed("c", Channel.Columns)}, {Prefixed("m", ChannelMember.Columns)}
                  FROM channels.channels c
                  LEFT JOIN channels.channel_members m ON m.channel_id = c.id AND m.user_id = @userId
                 WHERE c.id = @channelId
                """,
                new { channelId, userId },
                cancellationToken: cancellationToken),
            (channel, member) => (channel, member),
            splitOn: "channel_id");
        return rows.FirstOrDefault();
    }

    /// <summary>A column list with every column qualified by <paramref name="alias"/>.</summary>
    public static string Prefixed(string alias, string columns) => string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    public async Task<Channel?> FindByNameAsync(string teamId, string name, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Channel>(new CommandDefinition(
            $"SELECT {Channel.Columns} FROM channels.channels WHERE team_id = @teamId AND name = @name", new { teamId, name }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Channel>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Channel>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<ChannelMember?> FindMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ChannelMember>(new CommandDefinition(
            $"SELECT {ChannelMember.Columns} FROM channels.channel_members WHERE channel_id = @channelId AND user_id = @userId",
            new { channelId, userId },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> IsMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM channels.channel_members WHERE channel_id = @channelId AND user_id = @userId)",
            new { channelId, userId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ChannelMember>> MembersAsync(string channelId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ChannelMember>(new CommandDefinition(
            $"SELECT {ChannelMember.Columns} FROM channels.channel_members WHERE channel_id = @channelId ORDER BY user_id OFFSET @offset LIMIT @limit",
            new { channelId, offset, limit },
            cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<ChannelMember>> MembersByIdsAsync(string channelId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ChannelMember>(new CommandDefinition(
            $"SELECT {ChannelMember.Columns} FROM channels.channel_members WHERE channel_id = @channelId AND user_id = ANY(@userIds) ORDER BY user_id",
            new { channelId, userIds = userIds.ToArray() },
            cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<string>> MemberIdsAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM channels.channel_members WHERE channel_id = @channelId", new { channelId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The channel's members, and which of them are system admins (<c>platform.users</c> is read, never written).</summary>
    public async Task<(IReadOnlyList<string> Members, IReadOnlyList<string> SystemAdmins)> MemberIdsWithSystemAdminsAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string UserId, bool IsAdmin)>(new CommandDefinition(
            """
            SELECT m.user_id, COALESCE('system_admin' = ANY(string_to_array(u.roles, ' ')), false)
              FROM channels.channel_members m LEFT JOIN platform.users u ON u.id = m.user_id
             WHERE m.channel_id = @channelId
            """,
            new { channelId },
            cancellationToken: cancellationToken))).AsList();
        return (rows.Select(r => r.UserId).ToList(), rows.Where(r => r.IsAdmin).Select(r => r.UserId).ToList());
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

    /// <summary>
    /// Adds a member who starts with everything already posted counted as read, as Mattermost does,
    /// and bumps the channel's member version; 0 when the user already was a member.
    /// </summary>
    public static async Task<int> InsertMemberAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ChannelMember member, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH c AS (
                UPDATE channels.channels SET member_version = member_version + 1 WHERE id = @ChannelId
                RETURNING total_msg_count, total_msg_count_root)
            INSERT INTO channels.channel_members (channel_id, user_id, roles, last_viewed_at, msg_count, msg_count_root, notify_props, last_update_at)
            SELECT @ChannelId, @UserId, @Roles, @LastViewedAt, c.total_msg_count, c.total_msg_count_root, @NotifyProps, @LastUpdateAt FROM c
            ON CONFLICT (channel_id, user_id) DO NOTHING
            """,
            new
            {
                member.ChannelId,
                member.UserId,
                member.Roles,
                member.LastViewedAt,
                NotifyProps = Jsonb.From(member.NotifyProps),
                member.LastUpdateAt,
            },
            transaction,
            cancellationToken: cancellationToken));
        return inserted;
    }

    /// <summary>Adds members in one transaction; returns the ids that were not members before.</summary>
    public async Task<IReadOnlyList<string>> AddMembersAsync(string channelId, IReadOnlyList<string> userIds, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = new List<string>();
        foreach (var userId in userIds)
        {
            var member = new ChannelMember { ChannelId = channelId, UserId = userId, LastViewedAt = 0, LastUpdateAt = now };
            if (await InsertMemberAsync(connection, transaction, member, cancellationToken) > 0)
            {
                added.Add(userId);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Removes a member; false when the user was not a member.</summary>
    public async Task<bool> RemoveMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH d AS (DELETE FROM channels.channel_members WHERE channel_id = @channelId AND user_id = @userId RETURNING channel_id)
            UPDATE channels.channels SET member_version = member_version + 1 WHERE id IN (SELECT channel_id FROM d)
            """,
            new { channelId, userId },
            cancellationToken: cancellationToken));
        return removed > 0;
    }

    public async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public async Task<T> ScalarAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) ?? throw new InvalidOperationException("The query answered no value.");
    }

    public async Task<Channel?> UpdateReturningAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Channel>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
