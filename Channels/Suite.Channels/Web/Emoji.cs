namespace Suite.Channels.Web;

/// <summary>Emoji by their Mattermost names: the ones the reaction picker offers, and how a reaction's name is shown.</summary>
internal static class Emoji
{
    /// <summary>The picker's emoji, in the order shown.</summary>
    public static readonly IReadOnlyList<(string Name, string Character)> Common =
    [
        ("+1", "👍"),
        ("-1", "👎"),
        ("smile", "😄"),
        ("laughing", "😆"),
        ("heart", "❤️"),
        ("tada", "🎉"),
        ("white_check_mark", "✅"),
        ("eyes", "👀"),
        ("rocket", "🚀"),
        ("pray", "🙏"),
        ("fire", "🔥"),
        ("thinking_face", "🤔"),
    ];

    private static readonly Dictionary<string, string> Characters = Common
        .Concat<(string Name, string Character)>(
        [
            ("thumbsup", "👍"),
            ("thumbsdown", "👎"),
            ("thinking", "🤔"),
            ("joy", "😂"),
            ("slightly_smiling_face", "🙂"),
            ("wave", "👋"),
            ("clap", "👏"),
            ("ok_hand", "👌"),
            ("100", "💯"),
            ("heavy_check_mark", "✔️"),
            ("x", "❌"),
            ("warning", "⚠️"),
        ])
        .ToDictionary(e => e.Name, e => e.Character, StringComparer.Ordinal);

    /// <summary>True for a name this list shows as a character (no custom emoji may take it).</summary>
    public static bool IsStandard(string name) => Characters.ContainsKey(name);

    /// <summary>The emoji for a Mattermost name; a name it does not know (a custom emoji, say) as <c>:name:</c>.</summary>
    public static string Show(string name) => Characters.GetValueOrDefault(name) ?? $":{name}:";
}
