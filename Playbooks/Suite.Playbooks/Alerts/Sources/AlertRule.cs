using System.Text.RegularExpressions;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>
/// Which firing alerts start a run: every matcher must hold (as Alertmanager's label matchers), and
/// when <see cref="Severities"/> is not empty the alert's <c>severity</c> must be one of them.
/// </summary>
public sealed class AlertRule
{
    public List<LabelMatcher> Matchers { get; set; } = [];

    public List<string> Severities { get; set; } = [];

    public bool Matches(IReadOnlyDictionary<string, string> labels) =>
        Matchers.All(m => m.Matches(labels.GetValueOrDefault(m.Label, "")))
        && (Severities.Count == 0 || Severities.Contains(labels.GetValueOrDefault("severity", ""), StringComparer.OrdinalIgnoreCase));
}

/// <summary>
/// One label condition: <c>=</c> and <c>!=</c> compare the whole value, <c>=~</c> and <c>!~</c> match it
/// against a regular expression anchored at both ends; a missing label is the empty string.
/// </summary>
public sealed class LabelMatcher
{
    public static readonly string[] Operators = ["=", "!=", "=~", "!~"];

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public string Label { get; set; } = "";

    public string Op { get; set; } = "=";

    public string Value { get; set; } = "";

    public bool Matches(string actual) => Op switch
    {
        "=" => actual == Value,
        "!=" => actual != Value,
        "=~" => Anchored(Value).IsMatch(actual),
        "!~" => !Anchored(Value).IsMatch(actual),
        _ => false,
    };

    /// <summary>The pattern as it is matched; throws <see cref="ArgumentException"/> when it is not a valid expression.</summary>
    public static Regex Anchored(string pattern) =>
        new($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
}
