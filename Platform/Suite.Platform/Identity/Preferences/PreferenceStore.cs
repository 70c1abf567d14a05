using Dapper;
using Npgsql;

namespace Suite.Platform.Identity.Preferences;

/// <summary>The SQL of <c>platform.preferences</c>.</summary>
internal sealed class PreferenceStore(NpgsqlDataSource db) : IUserPreferences
{
    public async Task<IReadOnlyList<Preference>> GetAsync(string userId, string category, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Category, string Name, string Value)>(new CommandDefinition(
            """
            SELECT user_id, category, name, value FROM platform.preferences
             WHERE user_id = @userId AND (@category = '' OR category = @category)
             ORDER BY category, name
            """,
            new { userId, category },
            cancellationToken: cancellationToken));
        return rows.Select(r => new Preference(r.UserId, r.Category, r.Name, r.Value)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(
        IReadOnlyCollection<string> userIds, string category, string name, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Value)>(new CommandDefinition(
            "SELECT user_id, value FROM platform.preferences WHERE user_id = ANY(@userIds) AND category = @category AND name = @name",
            new { userIds = userIds.ToArray(), category, name },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.UserId, r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>Saves every preference (all or none): new ones are added, existing ones get the new value.</summary>
    public async Task SaveAsync(IReadOnlyList<Preference> preferences, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform.preferences (user_id, category, name, value)
            SELECT * FROM unnest(@userIds, @categories, @names, @values)
            ON CONFLICT (user_id, category, name) DO UPDATE SET value = EXCLUDED.value
            """,
            Columns(preferences),
            cancellationToken: cancellationToken));
    }

    public async Task DeleteAsync(IReadOnlyList<Preference> preferences, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM platform.preferences p
             USING unnest(@userIds, @categories, @names, @values) AS d(user_id, category, name, value)
             WHERE p.user_id = d.user_id AND p.category = d.category AND p.name = d.name
            """,
            Columns(preferences),
            cancellationToken: cancellationToken));
    }

    private static object Columns(IReadOnlyList<Preference> preferences) => new
    {
        userIds = preferences.Select(p => p.UserId).ToArray(),
        categories = preferences.Select(p => p.Category).ToArray(),
        names = preferences.Select(p => p.Name).ToArray(),
        values = preferences.Select(p => p.Value).ToArray(),
    };
}
