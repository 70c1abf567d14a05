using System.Text.Json;
using Dapper;
using Npgsql;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>The queries of a post search: the channels searched, the page of hits, the words that matched.</summary>
internal sealed class PostSearchStore(NpgsqlDataSource db, SearchSettings settings)
{
    // Characters a message cannot keep for ts_headline: they mark where each match starts and stops.
    private const char MatchStart = '\u0002';
    private const char MatchStop = '\u0003';

    // A hit read at random from the table costs about this many rows read in a walk, which come
    // in create_at order and so mostly from the same pages (measured on the search benchmark).
    private const double RandomReadCost = 8;

    // A walk may always read this many rows: a few milliseconds, and estimates are rough.
    private const int MinWalk = 2_000;

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

    /// <summary>
    /// One page of hits, newest first (ties broken by id so pages never overlap), found one of two
    /// ways. A walk reads the candidate posts newest first through an index in <c>create_at</c>
    /// order and stops once the page is full: cheap when hits are dense, since it reads about
    /// need / density rows, and those rows sit together in the table. A collection finds every hit
    /// through the GIN index and sorts them: cheap when hits are few, though each is a random read.
    /// The planner's estimates of candidates and hits pick the cheaper. A walk reads at most about
    /// four times the rows it expects (and never more than <see cref="SearchSettings.WalkLimit"/>),
    /// then collects instead, so an estimate gone wrong (a phrase, whose words the statistics only
    /// know apart, or a word common only in old posts) costs a bounded walk, never a full scan.
    /// </summary>
    public async Task<IReadOnlyList<Post>> PageAsync(PostSearchSql search, int offset, int limit, CancellationToken cancellationToken)
    {
        var need = offset + limit;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var walkLimit = await WalkLimitAsync(connection, search, need, cancellationToken);

        var parameters = new DynamicParameters(search.Parameters);
        parameters.Add("offset", offset);
        parameters.Add("limit", limit);
        parameters.Add("need", need);
        parameters.Add("walkLimit", walkLimit);
        var sql = $"""
            {(walkLimit > 0 ? WalkSql(search) : CollectSql(search))}
            SELECT {Post.Columns} FROM page h JOIN channels.posts p ON p.id = h.id {Post.ThreadJoin}
             ORDER BY h.create_at DESC, h.id DESC
            """;
        return (await connection.QueryAsync<Post>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>How many candidates to walk at most; 0 to collect straight away.</summary>
    private async Task<int> WalkLimitAsync(NpgsqlConnection connection, PostSearchSql search, int need, CancellationToken cancellationToken)
    {
        if (settings.Mode != SearchMode.Auto || search.TextCondition is null)
        {
            return settings.Mode == SearchMode.Collect ? 0 : settings.WalkLimit;
        }

        var (candidates, hits) = await EstimateAsync(connection, search, cancellationToken);
        var expectedWalk = need * candidates / Math.Max(hits, 1);
        if (expectedWalk > RandomReadCost * hits)
        {
            return 0;
        }

        return (int)Math.Min(settings.WalkLimit, Math.Max(MinWalk, 4 * expectedWalk));
    }

    /// <summary>The planner's estimates of the candidate posts (the filters alone) and of the hits.</summary>
    private static async Task<(double Candidates, double Hits)> EstimateAsync(NpgsqlConnection connection, PostSearchSql search, CancellationToken cancellationToken)
    {
        await using var plans = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            EXPLAIN (FORMAT JSON) SELECT 1 FROM channels.posts p WHERE {search.Filters};
            EXPLAIN (FORMAT JSON) SELECT 1 FROM channels.posts p WHERE {search.Filters} AND {search.TextCondition}
            """,
            search.Parameters,
            cancellationToken: cancellationToken));
        return (PlanRows(await plans.ReadSingleAsync<string>()), PlanRows(await plans.ReadSingleAsync<string>()));
    }

    private static double PlanRows(string plan)
    {
        using var document = JsonDocument.Parse(plan);
        return document.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    // Every hit, found through the GIN index (or whatever the planner finds cheapest for the whole set), then sorted.
    private static string CollectSql(PostSearchSql search) => $"""
        WITH hits AS MATERIALIZED (
            SELECT p.id, p.create_at FROM channels.posts p WHERE {search.Filters} AND {search.TextCondition ?? "true"}),
        page AS (
            SELECT id, create_at FROM hits ORDER BY create_at DESC, id DESC OFFSET @offset LIMIT @limit)
        """;

    // The newest candidates in index order, lazily filtered: the walk stops once @need hits are found.
    // Only when the first @walkLimit candidates hold fewer does the collection run (its gate is
    // evaluated once, before it reads anything), and then it alone answers.
    private static string WalkSql(PostSearchSql search) => $"""
        WITH recent AS MATERIALIZED (
            SELECT p.id, p.create_at FROM (
                SELECT p.id, p.create_at, p.search_vector, p.hashtags FROM channels.posts p WHERE {search.Filters}
                 ORDER BY p.create_at DESC, p.id DESC LIMIT @walkLimit) p
             WHERE {search.TextCondition ?? "true"}
             ORDER BY p.create_at DESC, p.id DESC LIMIT @need),
        hits AS MATERIALIZED (
            SELECT p.id, p.create_at FROM channels.posts p
             WHERE (SELECT count(*) FROM recent) < @need AND {search.Filters} AND {search.TextCondition ?? "true"}),
        page AS (
            SELECT id, create_at FROM recent WHERE (SELECT count(*) FROM recent) = @need
            UNION ALL
            SELECT id, create_at FROM hits
            ORDER BY create_at DESC, id DESC OFFSET @offset LIMIT @limit)
        """;

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
