using System.Text.RegularExpressions;

namespace Suite.Boards.Notifications;

/// <summary>
/// Focalboard's @mentions (<c>notifymentions</c>): <c>@name</c> not preceded by a word character, names
/// lower-cased, trailing dots dropped; the extract is the mention's line with up to two lines either side,
/// at most about 100 characters before and after the mention.
/// </summary>
internal static partial class Mentions
{
    private const int ContextLines = 2;
    private const int ContextChars = 100;

    public static HashSet<string> In(string? text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal))
        {
            return names;
        }

        foreach (Match match in Mention().Matches(text))
        {
            var name = match.Value[1..].TrimEnd('.').ToLowerInvariant();
            if (name.Length is > 0 and <= 64)
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static string Extract(string text, string username)
    {
        var mention = "@" + username;
        var lines = text.Split('\n');
        var found = Array.FindIndex(lines, l => l.Contains(mention, StringComparison.OrdinalIgnoreCase));
        if (found < 0)
        {
            return "";
        }

        var around = lines[Math.Max(0, found - ContextLines)..Math.Min(lines.Length, found + ContextLines + 1)].Where(l => l.Length > 0);
        var combined = string.Join('\n', around).Trim();
        var at = Math.Max(0, combined.IndexOf(mention, StringComparison.OrdinalIgnoreCase));
        var start = Math.Max(0, at - ContextChars);
        var end = Math.Min(combined.Length, at + ContextChars);
        return combined[start..end];
    }

    [GeneratedRegex(@"\B@[\p{L}\p{N}][\p{L}\p{N}.\-_:]*", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
