namespace Suite.Channels.Posts;

/// <summary>What a message mentions: <c>@username</c> words and the channel-wide keywords.</summary>
internal sealed class ParsedMentions
{
    public HashSet<string> Usernames { get; } = new(StringComparer.Ordinal);

    public bool Channel { get; set; }

    public bool All { get; set; }

    public bool Here { get; set; }

    public bool ChannelWide => Channel || All || Here;

    public bool IsEmpty => Usernames.Count == 0 && !ChannelWide;
}

/// <summary>
/// Finds mentions as Mattermost's mention parser does: the text is split into words at every
/// character that is not a letter, digit, '.', '-', '_', ':' or '@'; a word starting with '@' is
/// compared lower-case, and again without trailing '.', '-', ':' and '_'. Text inside inline code
/// and fenced code blocks mentions nobody.
/// </summary>
internal static class MentionParser
{
    public static ParsedMentions Parse(string message, Func<string, bool> isKnownUsername)
    {
        var result = new ParsedMentions();
        if (!message.Contains('@', StringComparison.Ordinal))
        {
            return result;
        }

        var text = WithoutCode(message);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                Check(text.AsSpan(start, i - start), isKnownUsername, result);
                start = -1;
            }
        }

        return result;
    }

    private static void Check(ReadOnlySpan<char> word, Func<string, bool> isKnownUsername, ParsedMentions result)
    {
        if (word.Length < 2 || word[0] != '@')
        {
            return;
        }

        var name = word[1..].ToString().ToLowerInvariant();
        if (Keyword(name, isKnownUsername, result))
        {
            return;
        }

        var trimmed = name.TrimEnd('.', '-', ':', '_');
        if (trimmed.Length > 0 && trimmed.Length != name.Length)
        {
            Keyword(trimmed, isKnownUsername, result);
        }
    }

    private static bool Keyword(string name, Func<string, bool> isKnownUsername, ParsedMentions result)
    {
        switch (name)
        {
            case "channel":
                result.Channel = true;
                return true;
            case "all":
                result.All = true;
                return true;
            case "here":
                result.Here = true;
                return true;
        }

        if (isKnownUsername(name))
        {
            result.Usernames.Add(name);
            return true;
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '@';

    /// <summary>The message with fenced code blocks and inline code spans blanked out.</summary>
    private static string WithoutCode(string message)
    {
        if (!message.Contains('`', StringComparison.Ordinal))
        {
            return message;
        }

        var chars = message.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (chars[i] != '`')
            {
                i++;
                continue;
            }

            var run = 0;
            while (i + run < chars.Length && chars[i + run] == '`')
            {
                run++;
            }

            var close = FindRun(chars, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            Array.Fill(chars, ' ', i, close + run - i);
            i = close + run;
        }

        return new string(chars);
    }

    private static int FindRun(char[] chars, int from, int length)
    {
        for (var j = from; j < chars.Length; j++)
        {
            if (chars[j] != '`')
            {
                continue;
            }

            var run = 0;
            while (j + run < chars.Length && chars[j + run] == '`')
            {
                run++;
            }

            if (run == length)
            {
                return j;
            }

            j += run - 1;
        }

        return -1;
    }
}
