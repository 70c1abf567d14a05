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
    /// The adjacent lexeme pairs of each word term that has some (phrases and hyphenated words, as
    /// the <c>search_pairs</c> column holds a post's: migration 0013), by the term's text.
    /// </summary>
    public async Task<Dictionary<string, string[]>> PhrasePairsAsync(IReadOnlyList<SearchTerm> words, CancellationToken cancellationToken)
    {
        var texts = words.Where(t => !t.IsPrefix && t.Text.Any(c => !char.IsLetterOrDigit(c))).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToArray();
        if (texts.Length == 0)
        {
            return new Dictionary<string, string[]>(StringComparer.Ordinal);
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Text, string[] Pairs)>(new CommandDefinition(
            $"SELECT t, channels.adjacent_lexeme_pairs(to_tsvector({PostSearchSql.Config}, t)) FROM unnest(@texts) AS t",
            new { texts },
            cancellationToken: cancellationToken));
        return rows.Where(r => r.Pairs.Length > 0).ToDictionary(r => r.Text, r => r.Pairs, StringComparer.Ordinal);
    }

    /// <summary>
    /// One page of hits, newest first (ties broken by id so pages never overlap), found one of two
    /// ways. A walk reads the candidate posts newest first through an index in <c>create_at</c>
    /// order and stops once the page is full: cheap when hits are dense, since it reads about
    /// need x candidates / hits rows. A collection finds every hit through the GIN index (and
    /// whatever other index the planner adds) and sorts them: cheap when hits are few. The planner
    /// prices both in its own cost units (<see cref="WalkLimitAsync"/>). A walk that has read as
    /// many rows as the collection would have cost gives up and collects, so a walk never costs
    /// more than about twice the better way even when its density was misjudged: a phrase, whose
    /// words the statistics only know apart, or a word frequent only in old posts never costs a
    /// scan of the whole table.
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

    /// <summary>
    /// How many candidates to walk at most; 0 to collect straight away. Two plans, asked for in one
    /// round trip: every candidate in walk order (its cost per row prices a walk) and every hit
    /// (the collection's cost, and how many hits there are).
    /// </summary>
    private async Task<int> WalkLimitAsync(NpgsqlConnection connection, PostSearchSql search, int need, CancellationToken cancellationToken)
    {
        if (settings.Mode != SearchMode.Auto || search.TextCondition is null)
        {
            return settings.Mode == SearchMode.Collect ? 0 : settings.WalkLimit;
        }

        // The walk's plan has its LIMIT, so that the planner picks the plan a walk runs; the rows and
        // cost under the LIMIT are those of all candidates in walk order.
        var parameters = new DynamicParameters(search.Parameters);
        parameters.Add("walkLimit", settings.WalkLimit);
        await using var plans = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            EXPLAIN (FORMAT JSON) SELECT 1 FROM channels.posts p WHERE {search.Filters} ORDER BY p.create_at DESC, p.id DESC LIMIT @walkLimit;
            EXPLAIN (FORMAT JSON) SELECT 1 FROM channels.posts p WHERE {search.Filters} AND {search.EstimatedTextCondition}
            """,
            parameters,
            cancellationToken: cancellationToken));
        var walk = PlanEstimate.Parse(await plans.ReadSingleAsync<string>());
        var collect = PlanEstimate.Parse(await plans.ReadSingleAsync<string>());

        // Without an index in walk order the candidates are sorted whole first: a walk then costs all of it.
        var costPerRow = walk.Cost / Math.Max(walk.Rows, 1);
        var walkCost = walk.Sorted ? walk.Cost : need * walk.Rows / Math.Max(collect.Rows, 1) * costPerRow;
        if (walkCost > collect.Cost)
        {
            return 0;
        }

        return (int)Math.Clamp(collect.Cost / costPerRow, Math.Min(MinWalk, settings.WalkLimit), settings.WalkLimit);
    }

    /// <summary>What the planner expects of a plan (below its LIMIT): its rows, its total cost, and whether it sorts everything first.</summary>
    private readonly record struct PlanEstimate(double Rows, double Cost, bool Sorted)
    {
        public static PlanEstimate Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            var plan = document.RootElement[0].GetProperty("Plan");
            if (plan.GetProperty("Node Type").GetString() == "Limit")
            {
                plan = plan.GetProperty("Plans")[0];
            }

            return new PlanEstimate(
                plan.GetProperty("Plan Rows").GetDouble(),
                plan.GetProperty("Total Cost").GetDouble(),
                plan.GetProperty("Node Type").GetString() == "Sort");
        }
    }

    // Every hit, found through the GIN index (or whatever the planner finds cheapest for the whole set), then sorted.
    private static string CollectSql(PostSearchSql search) => $"""
        WITH hits AS MATERIALIZED (
            SELECT p.id, p.create_at FROM channels.posts p WHERE {search.Filters} AND {search.TextCondition ?? "true"}),
        page AS (
            SELECT id, create_at FROM hits ORDER BY create_at DESC, id DESC OFFSET @offset LIMIT @limit)
        """;

    // The newest candidates in index order, lazily filtered: the walk stops once @need hits are found.
    // The candidates come from the index alone (the filters' columns are in it), so a candidate the
    // filters refuse, such as an author's post in a channel the searcher is not in, costs no read of
    // the post; only the ones they keep are read for their text, one at a time (OFFSET 0 keeps the
    // planner from turning that into a join over the whole table). Only when the first @walkLimit
    // candidates hold fewer hits does the collection run (its gate is evaluated once, before it
    // reads anything), and then it alone answers.
    private static string WalkSql(PostSearchSql search) => $"""
        WITH recent AS MATERIALIZED (
            SELECT k.id, k.create_at FROM (
                SELECT p.id, p.create_at FROM channels.posts p WHERE {search.Filters}
                 ORDER BY p.create_at DESC, p.id DESC LIMIT @walkLimit) k
             CROSS JOIN LATERAL (SELECT p.search_vector, p.search_pairs, p.hashtags FROM channels.posts p WHERE p.id = k.id OFFSET 0) p
             WHERE {search.TextCondition ?? "true"}
             ORDER BY k.create_at DESC, k.id DESC LIMIT @need),
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
