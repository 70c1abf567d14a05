using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>One word or quoted phrase of a search.</summary>
/// <param name="Text">The word or the phrase's words, without quotes or the trailing <c>*</c>.</param>
/// <param name="IsPhrase">Written in double quotes: its words must appear together, in order.</param>
/// <param name="IsPrefix">Written with a trailing <c>*</c>: matches words starting with it.</param>
internal sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix);

/// <summary>A date flag's value, parsed.</summary>
internal readonly record struct SearchDate(DateOnly Day, bool Excluded);

/// <summary>
/// Mattermost's search syntax, parsed (its <c>ParseSearchParams</c>): whitespace-separated words,
/// <c>"quoted phrases"</c>, <c>word*</c> prefixes, <c>-</c> to exclude a word, phrase or flag,
/// <c>#hashtags</c>, and the flags <c>from:</c>, <c>in:</c> (alias <c>channel:</c>), <c>before:</c>,
/// <c>after:</c>, <c>on:</c> and <c>ext:</c> (files; ignored by post search), each written
/// <c>flag:value</c> or <c>flag: value</c>, flag names case-insensitive.
/// </summary>
internal sealed partial record SearchTerms
{
    private static readonly string[] Flags = ["from", "channel", "in", "before", "after", "on", "ext"];

    public List<SearchTerm> Words { get; } = [];
    public List<SearchTerm> ExcludedWords { get; } = [];

    /// <summary>Lower-case, with the leading <c>#</c>.</summary>
    public List<string> Hashtags { get; } = [];

    /// <summary>Lower-case, with the leading <c>#</c>.</summary>
    public List<string> ExcludedHashtags { get; } = [];

    public List<string> InChannels { get; } = [];
    public List<string> ExcludedChannels { get; } = [];
    public List<string> FromUsers { get; } = [];
    public List<string> ExcludedUsers { get; } = [];
    public List<SearchDate> After { get; } = [];
    public List<SearchDate> Before { get; } = [];
    public List<SearchDate> On { get; } = [];

    /// <summary>Flag values that are not dates although their flag needs one.</summary>
    public List<string> InvalidDates { get; } = [];

    public bool HasTextTerms => Words.Count > 0 || Hashtags.Count > 0;

    /// <summary>True when the search names anything at all; a search of nothing (or of <c>*</c> alone) finds nothing, as in Mattermost.</summary>
    public bool IsEmpty =>
        Words.Count == 0 && ExcludedWords.Count == 0 && Hashtags.Count == 0 && ExcludedHashtags.Count == 0
        && InChannels.Count == 0 && ExcludedChannels.Count == 0 && FromUsers.Count == 0 && ExcludedUsers.Count == 0
        && After.Count == 0 && Before.Count == 0 && On.Count == 0;

    public static SearchTerms Parse(string text)
    {
        var terms = new SearchTerms();

        // PostgreSQL text cannot hold NUL, and no post does.
        var words = Split(text.Replace('\0', ' '));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (TryFlag(word, out var name, out var value, out var excluded))
            {
                if (value.Length == 0)
                {
                    if (i == words.Count - 1)
                    {
                        terms.AddWord(word);
                        continue;
                    }

                    value = words[++i];
                }

                terms.AddFlag(name, value, excluded);
                continue;
            }

            terms.AddWord(word);
        }

        return terms;
    }

    /// <summary>Whitespace-separated words; a double-quoted section (with a <c>-</c> right before it) is one word, quotes kept.</summary>
    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (inQuote)
            {
                words.Add(text[start..(i + 1)]);
                start = i + 1;
                inQuote = false;
            }
            else
            {
                var quoteStart = i > 0 && text[i - 1] == '-' ? i - 1 : i;
                words.AddRange(Fields(text[start..quoteStart]));
                start = quoteStart;
                inQuote = true;
            }
        }

        words.AddRange(Fields(text[start..]));
        return words;
    }

    private static string[] Fields(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool TryFlag(string word, out string name, out string value, out bool excluded)
    {
        name = value = "";
        excluded = word.StartsWith('-');
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || word.StartsWith('"') || (excluded && word.Length > 1 && word[1] == '"'))
        {
            return false;
        }

        var flag = word[(excluded ? 1 : 0)..colon];
        foreach (var known in Flags)
        {
            if (string.Equals(flag, known, StringComparison.OrdinalIgnoreCase))
            {
                name = known;
                value = word[(colon + 1)..];
                return true;
            }
        }

        return false;
    }

    private void AddFlag(string name, string value, bool excluded)
    {
        switch (name)
        {
            case "from":
                (excluded ? ExcludedUsers : FromUsers).Add(value.TrimStart('@').ToLowerInvariant());
                break;
            case "in" or "channel":
                (excluded ? ExcludedChannels : InChannels).Add(value.StartsWith('@') ? value.ToLowerInvariant() : value.TrimStart('~').ToLowerInvariant());
                break;
            case "before" or "after" or "on":
                if (!TryParseDate(value, out var day))
                {
                    InvalidDates.Add($"{name}:{value}");
                    break;
                }

                (name == "before" ? Before : name == "after" ? After : On).Add(new SearchDate(day, excluded));
                break;
            default:
                // ext: filters file searches; posts have no extension.
                break;
        }
    }

    private void AddWord(string raw)
    {
        var excluded = raw.StartsWith('-');
        var word = PunctuationEnd().Replace(PunctuationStart().Replace(raw, ""), "");
        word = RepeatedHashes().Replace(word, "#");
        if (word.Length == 0)
        {
            return;
        }

        if (Hashtag().IsMatch(word))
        {
            (excluded ? ExcludedHashtags : Hashtags).Add(word.ToLowerInvariant());
            return;
        }

        var isPhrase = word.Length >= 2 && word[0] == '"' && word[^1] == '"';
        var text = isPhrase ? word[1..^1] : word.Replace("\"", "", StringComparison.Ordinal);
        var isPrefix = !isPhrase && text.EndsWith('*');
        text = text.TrimEnd('*');

        // Like Mattermost, a term without a letter or digit (a lone "*", "&&") searches for nothing.
        if (!text.Any(char.IsLetterOrDigit))
        {
            return;
        }

        (excluded ? ExcludedWords : Words).Add(new SearchTerm(text, isPhrase, isPrefix));
    }

    /// <summary><c>YYYY-MM-DD</c>, month and day with or without a leading zero.</summary>
    private static bool TryParseDate(string value, out DateOnly day)
    {
        var parts = value.Split('-');
        day = default;
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2)
        {
            return false;
        }

        var padded = new StringBuilder().Append(parts[0]).Append('-').Append(parts[1].PadLeft(2, '0')).Append('-').Append(parts[2].PadLeft(2, '0')).ToString();
        return DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    // Mattermost trims punctuation around a word, keeping a leading '#' or quote and a trailing '*' or quote.
    [GeneratedRegex(@"^[^\p{L}\d\s#""]+", RegexOptions.CultureInvariant)]
    private static partial Regex PunctuationStart();

    [GeneratedRegex(@"[^\p{L}\d\s*""]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PunctuationEnd();

    // The pattern Hashtags.Parse extracts: '#', a letter, then letters, digits, '-', '_' or '.', ending in a letter or digit.
    [GeneratedRegex(@"^#\p{L}[\p{L}\d\-_.]*[\p{L}\d]$", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    [GeneratedRegex("^#+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedHashes();
}
