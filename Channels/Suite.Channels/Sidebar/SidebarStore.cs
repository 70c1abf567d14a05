using Dapper;
using Npgsql;
using Suite.Platform;

namespace Suite.Channels.Sidebar;

/// <summary>
/// The SQL of sidebar categories. A category's channels are its placed ones, after (for the two
/// defaults that complete themselves) the member's channels placed nowhere. Archived channels are
/// left out when read but keep their place, so a restored channel returns where it was.
/// </summary>
internal sealed class SidebarStore(NpgsqlDataSource db)
{
    private const string UnplacedChannels =
        """
        SELECT ch.id, ch.type IN ('D', 'G') AS is_direct
          FROM channels.channel_members m JOIN channels.channels ch ON ch.id = m.channel_id
         WHERE m.user_id = @userId AND ch.delete_at = 0 AND (ch.team_id = @teamId OR ch.type IN ('D', 'G'))
           AND NOT EXISTS (
               SELECT 1 FROM channels.sidebar_channels s JOIN channels.sidebar_categories c ON c.id = s.category_id
                WHERE s.user_id = @userId AND s.channel_id = m.channel_id AND c.team_id = @teamId)
         ORDER BY ch.display_name, ch.id
        """;

    /// <summary>Creates the three default categories the user lacks in the team (none when all exist).</summary>
    public async Task EnsureDefaultsAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await EnsureDefaultsAsync(connection, null, userId, teamId, cancellationToken);
    }

    private static Task<int> EnsureDefaultsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string userId, string teamId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO channels.sidebar_categories ({SidebarCategory.Columns})
            VALUES (@Id, @UserId, @TeamId, @SortOrder, @Sorting, @Type, @DisplayName, false, false)
            ON CONFLICT (id) DO NOTHING
            """,
            CategoryTypes.Defaults(userId, teamId),
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>The user's categories in the team in order, with their channels; the defaults are made first when the user has none.</summary>
    public async Task<OrderedSidebarCategories> GetAllAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var categories = await ReadAllAsync(connection, null, userId, teamId, cancellationToken);
        if (categories.Count == 0)
        {
            await EnsureDefaultsAsync(connection, null, userId, teamId, cancellationToken);
            categories = await ReadAllAsync(connection, null, userId, teamId, cancellationToken);
        }

        return new OrderedSidebarCategories(categories, categories.Select(c => c.Id).ToList());
    }

    /// <summary>One category with its channels, or null.</summary>
    public async Task<SidebarCategory?> FindAsync(string categoryId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, categoryId, cancellationToken);
    }

    private static async Task<SidebarCategory?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string categoryId, CancellationToken cancellationToken)
    {
        var category = await connection.QuerySingleOrDefaultAsync<SidebarCategory>(new CommandDefinition(
            $"SELECT {SidebarCategory.Columns} FROM channels.sidebar_categories WHERE id = @categoryId", new { categoryId }, transaction, cancellationToken: cancellationToken));
        if (category is null)
        {
            return null;
        }

        var all = await ReadAllAsync(connection, transaction, category.UserId, category.TeamId, cancellationToken);
        return all.FirstOrDefault(c => c.Id == categoryId);
    }

    private static async Task<List<SidebarCategory>> ReadAllAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            SELECT {SidebarCategory.Columns} FROM channels.sidebar_categories
             WHERE user_id = @userId AND team_id = @teamId ORDER BY sort_order, id;
            SELECT s.category_id, s.channel_id
              FROM channels.sidebar_channels s JOIN channels.sidebar_categories c ON c.id = s.category_id
              JOIN channels.channels ch ON ch.id = s.channel_id AND ch.delete_at = 0
             WHERE c.user_id = @userId AND c.team_id = @teamId ORDER BY s.sort_order, s.channel_id;
            {UnplacedChannels};
            """,
            new { userId, teamId },
            transaction,
            cancellationToken: cancellationToken));
        var categories = (await results.ReadAsync<SidebarCategory>()).AsList();
        var placed = (await results.ReadAsync<(string CategoryId, string ChannelId)>()).ToLookup(p => p.CategoryId, p => p.ChannelId);
        var unplaced = (await results.ReadAsync<(string Id, bool IsDirect)>()).AsList();
        return categories.Select(c => c with
        {
            ChannelIds = c.Type switch
            {
                CategoryTypes.Channels => [.. unplaced.Where(u => !u.IsDirect).Select(u => u.Id), .. placed[c.Id]],
                CategoryTypes.DirectMessages => [.. unplaced.Where(u => u.IsDirect).Select(u => u.Id), .. placed[c.Id]],
                _ => placed[c.Id].ToList(),
            },
        }).ToList();
    }

    /// <summary>
    /// The ids of the channels the user may place in the team's sidebar: every channel of the team
    /// they belong to (archived ones too) and their direct and group channels.
    /// </summary>
    public async Task<HashSet<string>> PlaceableChannelIdsAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT ch.id FROM channels.channel_members m JOIN channels.channels ch ON ch.id = m.channel_id
             WHERE m.user_id = @userId AND (ch.team_id = @teamId OR ch.type IN ('D', 'G'))
            """,
            new { userId, teamId },
            cancellationToken: cancellationToken));
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds a custom category after Favorites when Favorites comes first (else first), moving the
    /// given channels out of the team's other categories into it, as Mattermost does.
    /// </summary>
    public async Task<SidebarCategory> CreateAsync(string userId, string teamId, SidebarCategory category, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureDefaultsAsync(connection, transaction, userId, teamId, cancellationToken);
        var existing = (await connection.QueryAsync<(string Id, string Type)>(new CommandDefinition(
            "SELECT id, type FROM channels.sidebar_categories WHERE user_id = @userId AND team_id = @teamId ORDER BY sort_order, id FOR UPDATE",
            new { userId, teamId },
            transaction,
            cancellationToken: cancellationToken))).AsList();
        var id = Ids.New();
        var order = existing.Select(e => e.Id).ToList();
        order.Insert(existing.Count > 0 && existing[0].Type == CategoryTypes.Favorites ? 1 : 0, id);

        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO channels.sidebar_categories ({SidebarCategory.Columns})
            VALUES (@id, @userId, @teamId, 0, @Sorting, 'custom', @DisplayName, @Muted, @Collapsed)
            """,
            new { id, userId, teamId, category.Sorting, category.DisplayName, category.Muted, category.Collapsed },
            transaction,
            cancellationToken: cancellationToken));
        await PlaceAsync(connection, transaction, userId, teamId, id, category.ChannelIds, moveFromOthers: true, cancellationToken);
        await WriteOrderAsync(connection, transaction, order, cancellationToken);
        var created = await FindAsync(connection, transaction, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created!;
    }

    /// <summary>
    /// Applies each requested category over the stored one (Mattermost's rules: only a custom
    /// category is renamed; a direct messages category keeps its channels and mute); returns
    /// the categories as stored before and after, in the request's order, or null when one is
    /// not the user's in the team.
    /// </summary>
    public async Task<(IReadOnlyList<SidebarCategory> Before, IReadOnlyList<SidebarCategory> After)?> UpdateAsync(
        string userId, string teamId, IReadOnlyList<SidebarCategory> requested, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Locked in id order, as every writer locks them, so two updates never deadlock.
        var ids = requested.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        var locked = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM channels.sidebar_categories WHERE id = ANY(@ids) AND user_id = @userId AND team_id = @teamId ORDER BY id FOR UPDATE",
            new { ids, userId, teamId },
            transaction,
            cancellationToken: cancellationToken));
        if (locked.Count() != ids.Length)
        {
            return null;
        }

        var before = await ReadAllAsync(connection, transaction, userId, teamId, cancellationToken);
        var beforeById = before.ToDictionary(c => c.Id);
        var originals = requested.Select(r => beforeById[r.Id]).ToList();
        foreach (var (request, original) in requested.Zip(originals))
        {
            var keepsChannels = original.Type == CategoryTypes.DirectMessages;
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE channels.sidebar_categories SET display_name = @displayName, sorting = @sorting, muted = @muted, collapsed = @collapsed WHERE id = @id",
                new
                {
                    id = original.Id,
                    displayName = original.Type == CategoryTypes.Custom && request.DisplayName.Length > 0 ? request.DisplayName : original.DisplayName,
                    sorting = request.Sorting,
                    muted = keepsChannels ? original.Muted : request.Muted,
                    collapsed = request.Collapsed,
                },
                transaction,
                cancellationToken: cancellationToken));
            if (!keepsChannels)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM channels.sidebar_channels WHERE category_id = @id", new { id = original.Id }, transaction, cancellationToken: cancellationToken));
            }
        }

        foreach (var (request, original) in requested.Zip(originals))
        {
            if (original.Type != CategoryTypes.DirectMessages)
            {
                await PlaceAsync(connection, transaction, userId, teamId, original.Id, request.ChannelIds, moveFromOthers: false, cancellationToken);
            }
        }

        var after = (await ReadAllAsync(connection, transaction, userId, teamId, cancellationToken)).ToDictionary(c => c.Id);
        await transaction.CommitAsync(cancellationToken);
        return (originals, requested.Select(r => after[r.Id]).ToList());
    }

    private static async Task PlaceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, string teamId, string categoryId, IReadOnlyList<string> channelIds, bool moveFromOthers, CancellationToken cancellationToken)
    {
        if (channelIds.Count == 0)
        {
            return;
        }

        var channels = channelIds.Distinct().ToArray();
        if (moveFromOthers)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM channels.sidebar_channels s USING channels.sidebar_categories c
                 WHERE c.id = s.category_id AND s.user_id = @userId AND c.team_id = @teamId AND s.channel_id = ANY(@channels)
                """,
                new { userId, teamId, channels },
                transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels.sidebar_channels (category_id, channel_id, user_id, sort_order)
            SELECT @categoryId, c.id, @userId, (c.n - 1) * @distance FROM unnest(@channels) WITH ORDINALITY AS c(id, n)
            ON CONFLICT (category_id, channel_id) DO UPDATE SET sort_order = excluded.sort_order
            """,
            new { categoryId, userId, channels, distance = CategoryTypes.SortDistance },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Puts the channel last in the category, taking it out of the user's other categories in the team; answers the
    /// categories that changed, as they are now.
    /// </summary>
    public async Task<IReadOnlyList<SidebarCategory>> MoveChannelAsync(string userId, string teamId, string categoryId, string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT id FROM channels.sidebar_categories WHERE user_id = @userId AND team_id = @teamId ORDER BY id FOR UPDATE",
            new { userId, teamId },
            transaction,
            cancellationToken: cancellationToken));
        var before = await ReadAllAsync(connection, transaction, userId, teamId, cancellationToken);
        var placed = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT channel_id FROM channels.sidebar_channels WHERE category_id = @categoryId ORDER BY sort_order, channel_id",
            new { categoryId },
            transaction,
            cancellationToken: cancellationToken));
        await PlaceAsync(connection, transaction, userId, teamId, categoryId, [.. placed.Where(id => id != channelId), channelId], moveFromOthers: true, cancellationToken);
        var after = await ReadAllAsync(connection, transaction, userId, teamId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var hadIt = before.Where(c => c.ChannelIds.Contains(channelId)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return after.Where(c => c.Id == categoryId || hadIt.Contains(c.Id)).ToList();
    }

    /// <summary>Puts the categories in this order; false when it is not exactly the user's categories in the team.</summary>
    public async Task<bool> UpdateOrderAsync(string userId, string teamId, IReadOnlyList<string> order, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM channels.sidebar_categories WHERE user_id = @userId AND team_id = @teamId ORDER BY id FOR UPDATE",
            new { userId, teamId },
            transaction,
            cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        if (existing.Count != order.Count || !existing.SetEquals(order))
        {
            return false;
        }

        await WriteOrderAsync(connection, transaction, order, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<string>> OrderAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM channels.sidebar_categories WHERE user_id = @userId AND team_id = @teamId ORDER BY sort_order, id",
            new { userId, teamId },
            cancellationToken: cancellationToken))).AsList();
    }

    private static Task<int> WriteOrderAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> order, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE channels.sidebar_categories c SET sort_order = (o.n - 1) * @distance
              FROM unnest(@order) WITH ORDINALITY AS o(id, n) WHERE c.id = o.id
            """,
            new { order = order.ToArray(), distance = CategoryTypes.SortDistance },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Deletes a custom category; its channels fall back to the default categories.</summary>
    public async Task<bool> DeleteCustomAsync(string categoryId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM channels.sidebar_categories WHERE id = @categoryId AND type = 'custom'", new { categoryId }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>A user who leaves a team loses their sidebar in it, as in Mattermost.</summary>
    public async Task ClearAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM channels.sidebar_categories WHERE user_id = @userId AND team_id = @teamId", new { userId, teamId }, cancellationToken: cancellationToken));
    }

    /// <summary>Sets <c>mark_unread</c> on the user's memberships of these channels; returns the channels whose setting changed.</summary>
    public async Task<IReadOnlyList<string>> SetMutedAsync(string userId, IReadOnlyCollection<string> channelIds, bool muted, long now, CancellationToken cancellationToken)
    {
        if (channelIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            """
            WITH m AS (
                UPDATE channels.channel_members
                   SET notify_props = notify_props || jsonb_build_object('mark_unread', @value::text), last_update_at = @now
                 WHERE user_id = @userId AND channel_id = ANY(@channelIds) AND notify_props->>'mark_unread' IS DISTINCT FROM @value
                RETURNING channel_id)
            UPDATE channels.channels SET member_version = member_version + 1 WHERE id IN (SELECT channel_id FROM m) RETURNING id
            """,
            new { userId, channelIds = channelIds.ToArray(), value = muted ? "mention" : "all", now },
            cancellationToken: cancellationToken))).AsList();
    }
}
