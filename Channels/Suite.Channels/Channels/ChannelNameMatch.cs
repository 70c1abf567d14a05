namespace Suite.Channels.Channels;

/// <summary>
/// How channel searches and autocompletes match a term, as Mattermost does: the channel's name, or any
/// word of its display name, starts with the term (case-insensitive, <c>%</c> and <c>_</c> literal).
/// </summary>
internal readonly record struct ChannelNameMatch(string Prefix, string WordPrefix)
{
    /// <summary>The condition over channel alias <paramref name="alias"/>, with parameters <c>@prefix</c> and <c>@wordPrefix</c>.</summary>
    public static string Sql(string alias) =>
        $"({alias}.name LIKE @prefix OR lower({alias}.display_name) LIKE @prefix OR lower({alias}.display_name) LIKE @wordPrefix)";

    public static ChannelNameMatch For(string term)
    {
        var escaped = term.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return new ChannelNameMatch(escaped + "%", "% " + escaped + "%");
    }
}
