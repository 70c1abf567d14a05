using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Suite.Channels.Channels;

/// <summary>Mattermost's channel naming rules.</summary>
internal static partial class ChannelNames
{
    public const string TownSquare = "town-square";
    public const string OffTopic = "off-topic";
    public const int MaxNameLength = 64;
    public const int MaxDisplayNameLength = 64;
    public const int MaxHeaderLength = 1024;
    public const int MaxPurposeLength = 250;

    /// <summary>Lower-case letters, digits, '-' and '_', with at least one letter or digit.</summary>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && NamePattern().IsMatch(name) && !LooksLikeDirectOrGroup(name);

    /// <summary>Names reserved for direct (two ids joined by <c>__</c>) and group (40 hex digits) channels.</summary>
    public static bool LooksLikeDirectOrGroup(string name) =>
        DirectPattern().IsMatch(name) || GroupPattern().IsMatch(name);

    public static string Direct(string userA, string userB) =>
        string.CompareOrdinal(userA, userB) <= 0 ? $"{userA}__{userB}" : $"{userB}__{userA}";

    /// <summary>Lower-case hex SHA-1 of the sorted member ids concatenated.</summary>
    public static string Group(IEnumerable<string> userIds)
    {
        var joined = string.Concat(userIds.Order(StringComparer.Ordinal));
#pragma warning disable CA5350 // Mattermost names group channels by SHA-1: a name, not a security use.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(joined)));
#pragma warning restore CA5350
    }

    /// <summary>Length in runes (Unicode scalar values), as Mattermost counts.</summary>
    public static int RuneLength(string? value) => value is null ? 0 : value.EnumerateRunes().Count();

    [GeneratedRegex("^[a-z0-9_-]*[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z0-9]{26}__[a-z0-9]{26}$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectPattern();

    [GeneratedRegex("^[a-f0-9]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();
}
