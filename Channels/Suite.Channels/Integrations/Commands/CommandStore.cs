using Dapper;
using Npgsql;

namespace Suite.Channels.Integrations.Commands;

internal sealed class CommandStore(NpgsqlDataSource db)
{
    public async Task<Command?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Command>(new CommandDefinition(
            $"SELECT {Command.Columns} FROM channels.commands WHERE id = @id AND delete_at = 0", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<Command?> FindByTriggerAsync(string teamId, string trigger, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Command>(new CommandDefinition(
            $"SELECT {Command.Columns} FROM channels.commands WHERE team_id = @teamId AND trigger = @trigger AND delete_at = 0",
            new { teamId, trigger },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Command>> ListAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Command>(new CommandDefinition(
            $"SELECT {Command.Columns} FROM channels.commands WHERE team_id = @teamId AND delete_at = 0 ORDER BY trigger", new { teamId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>False when the team already has a command with this trigger.</summary>
    public async Task<bool> InsertAsync(Command command, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.commands (id, token, create_at, update_at, creator_id, team_id, trigger, method, username, icon_url, auto_complete,
                                           auto_complete_desc, auto_complete_hint, display_name, description, url)
            VALUES (@Id, @Token, @CreateAt, @UpdateAt, @CreatorId, @TeamId, @Trigger, @Method, @Username, @IconUrl, @AutoComplete,
                    @AutoCompleteDesc, @AutoCompleteHint, @DisplayName, @Description, @Url)
            ON CONFLICT DO NOTHING
            """,
            command,
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Stores a command's new settings and token; false when another command of the team has its trigger.</summary>
    public async Task<bool> UpdateAsync(Command command, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE channels.commands
                   SET token = @Token, update_at = @UpdateAt, trigger = @Trigger, method = @Method, url = @Url, username = @Username, icon_url = @IconUrl,
                       auto_complete = @AutoComplete, auto_complete_desc = @AutoCompleteDesc, auto_complete_hint = @AutoCompleteHint,
                       display_name = @DisplayName, description = @Description
                 WHERE id = @Id AND delete_at = 0
                """,
                command,
                cancellationToken: cancellationToken)) == 1;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "commands_team_trigger")
        {
            return false;
        }
    }

    public async Task DeleteAsync(string id, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.commands SET delete_at = @now, update_at = @now WHERE id = @id AND delete_at = 0", new { id, now }, cancellationToken: cancellationToken));
    }

    public async Task InsertResponseUrlAsync(string id, string commandId, string userId, string channelId, string rootId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO channels.command_webhooks (id, create_at, command_id, user_id, channel_id, root_id) VALUES (@id, @now, @commandId, @userId, @channelId, @rootId)",
            new { id, now, commandId, userId, channelId, rootId },
            cancellationToken: cancellationToken));
    }

    /// <summary>Uses one of the response URL's replies; null when it is unknown, expired or used up.</summary>
    public async Task<ResponseUrlUse?> UseResponseUrlAsync(string id, long notBefore, int maxUses, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ResponseUrlUse>(new CommandDefinition(
            """
            UPDATE channels.command_webhooks w SET use_count = use_count + 1
              FROM channels.commands c
             WHERE w.id = @id AND w.create_at >= @notBefore AND w.use_count < @maxUses AND c.id = w.command_id AND c.delete_at = 0
            RETURNING w.command_id, w.user_id, w.channel_id, w.root_id
            """,
            new { id, notBefore, maxUses },
            cancellationToken: cancellationToken));
    }
}

internal sealed record ResponseUrlUse(string CommandId, string UserId, string ChannelId, string RootId);
