using Dapper;
using Npgsql;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>The queries of a post search: the channels searched, the page of hits, the words that matched.</summary>
internal sealed class PostSearchStore(NpgsqlDataSource db)
{
    // Characters a message cannot keep for ts_headline: they mark where each match starts and stops.
    private const char MatchStart = '\u0002';
    private const char MatchStop = '\u0003';

    private static readonly string HeadlineOptions = $"HighlightAll=true, StartSel={MatchStart}, StopSel={MatchStop}";

    /// <summary>
    /// The channels the user is a member of, in the team (and their direct and group channels) or
    /// in every team when <paramref name="teamId"/> is empty; archived ones only when asked for.
    /// </summary>
    public async Task<IReadOnlyList<string>> MemberChannelIdsAsync(
        string userId, string teamId, bool includeArchived, IReadOnlyList<string> names, IReadOnlyList<string> excludedNames, CancellationToken cancellationToken)
    {
        var sql = "SELECT c.id FROM channels.channel_members m JOIN channels.channels c ON c.id = m.channel_id WHERE m.user_id = @userId";
        if (teamId.Length > 0)
        {
            sql += " AND (c.team_id = @teamId OR c.team_id = '')";
        }

        if (!includeArchived)
        {
            sql += " AND c.delete_at = 0";
        }

        if (names.Count > 0)
        {
            sql += " AND c.name = ANY(@names)";
        }

        if (excludedNames.Count > 0)
        {
            sql += " AND c.name <> ALL(@excludedNames)";
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            sql, new { userId, teamId, names = names.ToArray(), excludedNames = excludedNames.ToArray() }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One page of hits, newest first (ties broken by id so pages never overlap).</summary>
    public async Task<IReadOnlyList<Post>> PageAsync(PostSearchSql search, int offset, int limit, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(search.Parameters);
        parameters.Add("offset", offset);
        parameters.Add("limit", limit);

        // The hits are found and paged on the posts table alone; reply counts are read for the page only.
        var sql = $"""
            WITH hits AS MATERIALIZED (
                SELECT p.id, p.create_at FROM channels.posts p
                 WHERE {search.Where}
                 ORDER BY p.create_at DESC, p.id DESC OFFSET @offset LIMIT @limit)
            SELECT {Post.Columns} FROM hits h JOIN channels.posts p ON p.id = h.id {Post.ThreadJoin}
             ORDER BY h.create_at DESC, h.id DESC
            """;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Post>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>For each post, the distinct words of its message that match the search's words and phrases, in order.</summary>
    public async Task<Dictionary<string, List<string>>> MatchedWordsAsync(PostSearchSql search, IReadOnlyCollection<string> postIds, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (search.HighlightQuery is null || postIds.Count == 0)
        {
            return matches;
        }

        var parameters = new DynamicParameters(search.Parameters);
        parameters.Add("postIds", postIds.ToArray());
        parameters.Add("headlineOptions", HeadlineOptions);
        parameters.Add("markers", $"{MatchStart}{MatchStop}");
        var sql = $"""
            SELECT p.id, ts_headline({PostSearchSql.Config}, translate(p.message, @markers, '  '), {search.HighlightQuery}, @headlineOptions) AS headline
              FROM channels.posts p WHERE p.id = ANY(@postIds)
            """;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        foreach (var row in await connection.QueryAsync<(string Id, string Headline)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        {
            matches[row.Id] = Marked(row.Headline);
        }

        return matches;
    }

    private static List<string> Marked(string headline)
    {
        var words = new List<string>();
        var start = headline.IndexOf(MatchStart, StringComparison.Ordinal);
        while (start >= 0)
        {
            var stop = headline.IndexOf(MatchStop, start + 1);
            if (stop < 0)
            {
                break;
            }

            var word = headline[(start + 1)..stop];
            if (word.Length > 0 && !words.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }

            start = headline.IndexOf(MatchStart, stop + 1);
        }

        return words;
    }
}
