using System.Text;
using Dapper;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>
/// Turns parsed search terms into SQL conditions on <c>channels.posts p</c>: the filters (channels,
/// authors, dates) and the text condition (words, phrases, hashtags). User text only ever reaches
/// PostgreSQL as parameter values: words and phrases through <c>phraseto_tsquery</c>, which cannot
/// fail to parse (a phrase's adjacent lexeme pairs as an array, for the <c>search_pairs</c> index);
/// prefixes through <c>to_tsquery</c> as one quoted lexeme (<see cref="PrefixLexeme"/>).
/// The conditions' shape depends only on how many terms of each kind there are. Every text-search
/// call names the <c>english</c> configuration, as the <c>search_vector</c> column and its GIN index do.
/// </summary>
internal sealed class PostSearchSql
{
    public const string Config = "'english'";

    private readonly StringBuilder _filters = new();
    private readonly List<string> _text = [];
    private readonly List<string> _estimatedText = [];
    private int _next;

    private PostSearchSql()
    {
    }

    public DynamicParameters Parameters { get; } = new();

    /// <summary>The positive word and phrase terms as one tsquery expression, or null; highlights the matches.</summary>
    public string? HighlightQuery { get; private set; }

    /// <summary>Which posts may be hits at all: in the channels, by the authors, on the dates; never deleted or system messages.</summary>
    public string Filters => _filters.ToString();

    /// <summary>What the text of a hit must hold; null when the search has only filters.</summary>
    public string? TextCondition => _text.Count == 0 ? null : string.Join(" AND ", _text);

    /// <summary>
    /// <see cref="TextCondition"/> as the planner can estimate it: a phrase's exact check, which the
    /// planner cannot estimate in the form that keeps it off the index, is left to its pairs (for two
    /// words, the pair holds exactly where the phrase does).
    /// </summary>
    public string? EstimatedTextCondition => _estimatedText.Count == 0 ? null : string.Join(" AND ", _estimatedText);

    /// <summary>The conditions for a search in the given channels.</summary>
    public static PostSearchSql Build(
        SearchTerms terms,
        bool orTerms,
        IReadOnlyCollection<string> channelIds,
        DateRanges dates,
        IReadOnlyList<string>? fromUserIds,
        IReadOnlyList<string> excludedUserIds,
        IReadOnlyDictionary<string, string[]> phrasePairs)
    {
        var sql = new PostSearchSql();
        if (channelIds.Count == 1)
        {
            sql.Parameters.Add("channelId", channelIds.First());
            sql._filters.Append("p.channel_id = @channelId");
        }
        else
        {
            sql.Parameters.Add("channelIds", channelIds.ToArray());
            sql._filters.Append("p.channel_id = ANY(@channelIds)");
        }

        sql._filters.Append(" AND p.delete_at = 0 AND p.type NOT LIKE 'system\\_%'");

        // One author is an equality, so that the (user_id, create_at) index can hand out the author's posts newest first.
        if (fromUserIds is { Count: 1 })
        {
            sql.Parameters.Add("fromUserId", fromUserIds[0]);
            sql._filters.Append(" AND p.user_id = @fromUserId");
        }
        else if (fromUserIds is not null)
        {
            sql.Parameters.Add("fromUserIds", fromUserIds.ToArray());
            sql._filters.Append(" AND p.user_id = ANY(@fromUserIds)");
        }

        if (excludedUserIds.Count > 0)
        {
            sql.Parameters.Add("excludedUserIds", excludedUserIds.ToArray());
            sql._filters.Append(" AND p.user_id <> ALL(@excludedUserIds)");
        }

        foreach (var (from, to) in dates.Included)
        {
            sql._filters.Append(" AND p.create_at BETWEEN ").Append(sql.Value(from)).Append(" AND ").Append(sql.Value(to));
        }

        foreach (var (from, to) in dates.Excluded)
        {
            sql._filters.Append(" AND p.create_at NOT BETWEEN ").Append(sql.Value(from)).Append(" AND ").Append(sql.Value(to));
        }

        var words = terms.Words.Select(sql.TsQuery).ToList();
        var hashtags = terms.Hashtags.Select(sql.HashtagCondition).ToList();
        sql.HighlightQuery = words.Count == 0 ? null : "(" + string.Join(" || ", words) + ")";
        var combinator = orTerms ? " || " : " && ";
        var alternatives = new List<(string Exact, string Estimate)>(2);
        if (words.Count > 0 && !orTerms && terms.Words.Any(t => phrasePairs.ContainsKey(t.Text)))
        {
            alternatives.Add(sql.PhraseCondition(terms.Words, phrasePairs));
        }
        else if (words.Count > 0)
        {
            var condition = $"p.search_vector @@ ({string.Join(combinator, words)})";
            alternatives.Add((condition, condition));
        }

        if (hashtags.Count > 0)
        {
            var condition = $"({string.Join(orTerms ? " OR " : " AND ", hashtags)})";
            alternatives.Add((condition, condition));
        }

        // Like Mattermost, the word terms and the hashtags are two searches whose results are merged.
        if (alternatives.Count > 0)
        {
            sql.AddText($"({string.Join(" OR ", alternatives.Select(a => a.Exact))})", $"({string.Join(" OR ", alternatives.Select(a => a.Estimate))})");
        }

        if (terms.ExcludedWords.Count > 0)
        {
            sql.AddText($"NOT (p.search_vector @@ ({string.Join(" || ", terms.ExcludedWords.Select(sql.TsQuery))}))");
        }

        if (terms.ExcludedHashtags.Count > 0)
        {
            sql.Parameters.Add("excludedHashtags", terms.ExcludedHashtags.ToArray());
            sql.AddText("NOT (string_to_array(lower(p.hashtags), ' ') && @excludedHashtags)");
        }

        return sql;
    }

    /// <summary>A quoted tsquery lexeme with the prefix flag: <c>'it''s':*</c>. Inside quotes only the quote and the backslash are special.</summary>
    public static string PrefixLexeme(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "':*";

    private string TsQuery(SearchTerm term) =>
        term.IsPrefix
            ? $"to_tsquery({Config}, {Value(PrefixLexeme(term.Text))})"
            : $"phraseto_tsquery({Config}, {Value(term.Text)})";

    /// <summary>
    /// Every word term must match. The posts holding the phrases' adjacent lexeme pairs come from the
    /// <c>search_pairs</c> index; the phrases themselves are checked on those posts only, through an
    /// expression the <c>search_vector</c> index cannot serve, so that the planner never adds the
    /// (large) set of posts that merely hold a phrase's words. Other words use that index as usual.
    /// </summary>
    private (string Exact, string Estimate) PhraseCondition(IReadOnlyList<SearchTerm> words, IReadOnlyDictionary<string, string[]> phrasePairs)
    {
        var phrases = words.Where(t => phrasePairs.ContainsKey(t.Text)).ToList();
        var others = words.Where(t => !phrasePairs.ContainsKey(t.Text)).Select(TsQuery).ToList();
        var pairs = Value(phrases.SelectMany(t => phrasePairs[t.Text]).Distinct(StringComparer.Ordinal).ToArray());
        var otherWords = others.Count == 0 ? "" : $" AND p.search_vector @@ ({string.Join(" && ", others)})";
        return ($"(p.search_pairs @> {pairs} AND (p.search_vector || ''::tsvector) @@ ({string.Join(" && ", phrases.Select(TsQuery))}){otherWords})",
                $"(p.search_pairs @> {pairs}{otherWords})");
    }

    /// <summary>A part of the text condition; <paramref name="estimate"/> stands for it in the planner's estimates when it differs.</summary>
    private void AddText(string condition, string? estimate = null)
    {
        _text.Add(condition);
        _estimatedText.Add(estimate ?? condition);
    }

    /// <summary>
    /// The tag must be one of the post's hashtags (case-insensitive). The full-text condition before
    /// it lets the GIN index find candidates; a tag made only of stop words has no lexemes and skips it.
    /// </summary>
    private string HashtagCondition(string tag)
    {
        var words = Value(tag[1..]);
        var exact = Value(tag);
        return $"(numnode(phraseto_tsquery({Config}, {words})) = 0 OR p.search_vector @@ phraseto_tsquery({Config}, {words})) "
            + $"AND {exact} = ANY(string_to_array(lower(p.hashtags), ' '))";
    }

    private string Value<T>(T value)
    {
        var name = "s" + _next++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Parameters.Add(name, value);
        return "@" + name;
    }
}

/// <summary>Time ranges (inclusive, Unix milliseconds) posts must fall in, and ranges they must not.</summary>
internal sealed record DateRanges(IReadOnlyList<(long From, long To)> Included, IReadOnlyList<(long From, long To)> Excluded)
{
    private const long DayMillis = 86_400_000;
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>
    /// Mattermost's meaning of the date flags, each day taken in the searcher's offset: <c>on:</c> that
    /// day, <c>after:</c> from the start of the next day, <c>before:</c> up to the end of the day
    /// before; excluded flags are the complements.
    /// </summary>
    public static DateRanges From(SearchTerms terms, int offsetSeconds)
    {
        var included = new List<(long, long)>();
        var excluded = new List<(long, long)>();
        foreach (var on in terms.On)
        {
            (on.Excluded ? excluded : included).Add((Start(on.Day, offsetSeconds), Start(on.Day, offsetSeconds) + DayMillis - 1));
        }

        foreach (var after in terms.After)
        {
            var from = Start(after.Day.AddDays(1), offsetSeconds);
            (after.Excluded ? excluded : included).Add((from, long.MaxValue));
        }

        foreach (var before in terms.Before)
        {
            var to = Start(before.Day, offsetSeconds) - 1;
            (before.Excluded ? excluded : included).Add((long.MinValue, to));
        }

        return new DateRanges(included, excluded);
    }

    private static long Start(DateOnly day, int offsetSeconds) => ((day.DayNumber - EpochDay) * DayMillis) - (offsetSeconds * 1000L);
}
