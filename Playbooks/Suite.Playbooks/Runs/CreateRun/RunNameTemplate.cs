using System.Text.RegularExpressions;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>
/// A playbook's channel name template, which names a run started without a name, as the plugin does:
/// <c>{SEQ}</c>, <c>{OWNER}</c> and <c>{CREATOR}</c> (any case, blanks inside the braces allowed) become the run's
/// sequential id and its owner's and creator's names. Any other placeholder names a run attribute, whose value a
/// run being started does not have yet.
/// </summary>
internal static partial class RunNameTemplate
{
    public const string Sequence = "SEQ";
    public const string Owner = "OWNER";
    public const string Creator = "CREATOR";

    private static readonly HashSet<string> Tokens = new([Sequence, Owner, Creator], StringComparer.OrdinalIgnoreCase);

    /// <summary>The placeholders of <paramref name="template"/> that are not <c>SEQ</c>, <c>OWNER</c> or <c>CREATOR</c>.</summary>
    public static IReadOnlyList<string> AttributePlaceholders(string template) =>
        Placeholder().Matches(template).Select(NameOf).Where(name => !Tokens.Contains(name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The run's name: the template with its tokens filled (from <paramref name="values"/>, by token name in any case),
    /// trimmed; when that leaves nothing, <c>{sequentialId} - Untitled</c>, or <c>Untitled</c> without a sequential id.
    /// </summary>
    public static string Resolve(string template, string sequentialId, IReadOnlyDictionary<string, string> values)
    {
        var resolved = Placeholder().Replace(template, match => values.TryGetValue(NameOf(match), out var value) ? value : match.Value).Trim();
        return resolved.Length > 0 ? resolved
            : sequentialId.Length > 0 ? $"{sequentialId} - Untitled"
            : "Untitled";
    }

    private static string NameOf(Match match) => match.Groups[1].Value.Trim();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
