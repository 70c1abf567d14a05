using System.Text.RegularExpressions;

namespace Suite.Channels.Reactions;

/// <summary>Mattermost's emoji names: letters, digits, '+', '-' and '_', at most 64 characters, no colons.</summary>
internal static partial class ReactionRules
{
    public static bool ValidEmojiName(string? name) => name is { Length: > 0 and <= 64 } && EmojiName().IsMatch(name);

    [GeneratedRegex("^[a-zA-Z0-9+_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmojiName();
}
