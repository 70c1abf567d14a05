using System.Text.RegularExpressions;

namespace Suite.Channels.CustomEmojis;

/// <summary>Mattermost's limits for custom emoji.</summary>
internal static partial class EmojiRules
{
    /// <summary>The whole create request, image included (Mattermost's <c>MaxEmojiFileSize</c>, 512 KiB).</summary>
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>Larger images are scaled down to fit this square.</summary>
    public const int MaxSide = 128;

    /// <summary>Larger images are refused.</summary>
    public const int MaxOriginalSide = 1028;

    public const int MaxNameLength = 64;

    /// <summary>Search and autocomplete answer at most this many.</summary>
    public const int MaxSearchResults = 200;

    public const int MaxAutocompleteResults = 100;

    public static bool IsValidName(string? name) => name is { Length: > 0 and <= MaxNameLength } && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-zA-Z0-9+_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
