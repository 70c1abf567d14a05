using Dapper;
using Npgsql;

namespace Suite.Channels.CustomEmojis;

/// <summary>The SQL of custom emoji; only live (undeleted) emoji are ever read.</summary>
internal sealed class EmojiStore(NpgsqlDataSource db)
{
    private const string Live = $"SELECT {CustomEmoji.Columns} FROM channels.emoji WHERE delete_at = 0";

    /// <summary>Saves the emoji; false when a live emoji already has its name.</summary>
    public async Task<bool> TryInsertAsync(CustomEmoji emoji, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO channels.emoji ({CustomEmoji.Columns}) VALUES (@Id, @CreateAt, @UpdateAt, 0, @CreatorId, @Name, @Description)
            ON CONFLICT (name text_pattern_ops) WHERE delete_at = 0 DO NOTHING
            """,
            emoji,
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM channels.emoji WHERE delete_at = 0 AND name = @name)", new { name }, cancellationToken: cancellationToken));
    }

    public async Task<CustomEmoji?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CustomEmoji>(new CommandDefinition(Live + " AND id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<CustomEmoji?> GetByNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CustomEmoji>(new CommandDefinition(Live + " AND name = @name", new { name }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CustomEmoji>> GetByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var list = await connection.QueryAsync<CustomEmoji>(new CommandDefinition(
            Live + " AND name = ANY(@names) ORDER BY name", new { names = names.ToArray() }, cancellationToken: cancellationToken));
        return list.AsList();
    }

    /// <summary>A page of live emoji, by name or (Mattermost's default) in the order they were made.</summary>
    public async Task<IReadOnlyList<CustomEmoji>> ListAsync(int page, int perPage, bool byName, CancellationToken cancellationToken)
    {
        var order = byName ? "name" : "create_at, id";
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var list = await connection.QueryAsync<CustomEmoji>(new CommandDefinition(
            $"{Live} ORDER BY {order} LIMIT @perPage OFFSET @offset", new { perPage, offset = (long)page * perPage }, cancellationToken: cancellationToken));
        return list.AsList();
    }

    /// <summary>Live emoji whose name starts with (or, unless <paramref name="prefixOnly"/>, contains) the term, by name.</summary>
    public async Task<IReadOnlyList<CustomEmoji>> SearchAsync(string term, bool prefixOnly, int limit, CancellationToken cancellationToken)
    {
        var escaped = term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = (prefixOnly ? "" : "%") + escaped + "%";
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var list = await connection.QueryAsync<CustomEmoji>(new CommandDefinition(
            $"{Live} AND name LIKE @pattern ORDER BY name LIMIT @limit", new { pattern, limit }, cancellationToken: cancellationToken));
        return list.AsList();
    }

    /// <summary>Marks the emoji deleted and removes the reactions made with it, in one transaction; false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(CustomEmoji emoji, long now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE channels.emoji SET delete_at = @now, update_at = @now WHERE id = @id AND delete_at = 0",
            new { id = emoji.Id, now },
            transaction,
            cancellationToken: cancellationToken));
        if (deleted == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH r AS (DELETE FROM channels.reactions WHERE emoji_name = @name RETURNING post_id)
            UPDATE channels.posts p
               SET has_reactions = EXISTS (SELECT 1 FROM channels.reactions x WHERE x.post_id = p.id AND x.emoji_name <> @name), update_at = @now
             WHERE p.id IN (SELECT post_id FROM r)
            """,
            new { name = emoji.Name, now },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
