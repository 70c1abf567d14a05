using System.Globalization;
using System.Text;

namespace Suite.Channels.Posts;

/// <summary>
/// Mattermost's hashtag extraction: each whitespace-separated word, stripped of leading punctuation
/// (but not '#'), trailing punctuation and repeated leading '#', is a hashtag when it is '#', a
/// letter, then letters, digits, '-', '_' or '.', ending in a letter or digit. Joined by spaces,
/// cut to at most 1000 characters at a word boundary.
/// </summary>
internal static class Hashtags
{
    private const int MaxLength = 1000;

    public static string Parse(string message)
    {
        if (!message.Contains('#', StringComparison.Ordinal))
        {
            return "";
        }

        var result = new StringBuilder();
        foreach (var raw in message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = TrimPunctuation(raw);
            if (IsHashtag(word))
            {
                if (result.Length + word.Length + 1 > MaxLength)
                {
                    break;
                }

                result.Append(result.Length == 0 ? "" : " ").Append(word);
            }
        }

        return result.ToString();
    }

    private static string TrimPunctuation(string word)
    {
        var start = 0;
        while (start < word.Length && IsLeadingPunctuation(word, start))
        {
            start += char.IsSurrogatePair(word, start) ? 2 : 1;
        }

        var end = word.Length;
        while (end > start && IsPunctuationAt(word, end - 1))
        {
            end -= end - 2 >= start && char.IsSurrogatePair(word, end - 2) ? 2 : 1;
        }

        var trimmed = word[start..end];
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        return hashes > 1 ? trimmed[(hashes - 1)..] : trimmed;
    }

    private static bool IsLeadingPunctuation(string word, int index) => word[index] != '#' && IsPunctuationAt(word, index);

    private static bool IsPunctuationAt(string word, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(word, index);
        return !IsLetter(category) && !IsDigit(category) && !char.IsWhiteSpace(word, index);
    }

    private static bool IsHashtag(string word)
    {
        if (word.Length < 3 || word[0] != '#' || !IsLetter(CharUnicodeInfo.GetUnicodeCategory(word, 1)))
        {
            return false;
        }

        var last = word.Length - 1;
        if (char.IsLowSurrogate(word[last]))
        {
            last--;
        }

        var lastCategory = CharUnicodeInfo.GetUnicodeCategory(word, last);
        if (!IsLetter(lastCategory) && !IsDigit(lastCategory))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (c is '-' or '_' or '.' || char.IsLowSurrogate(c))
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(word, i);
            if (!IsLetter(category) && !IsDigit(category))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    private static bool IsDigit(UnicodeCategory category) => category == UnicodeCategory.DecimalDigitNumber;
}
