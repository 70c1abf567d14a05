using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams;

/// <summary>Mattermost's team rules (<c>IsValidTeamName</c>, <c>IsReservedTeamName</c>, field lengths).</summary>
internal static class TeamRules
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 64;
    public const int DisplayNameMaxRunes = 64;
    public const int DescriptionMaxRunes = 255;
    public const int CompanyNameMaxRunes = 64;
    public const int AllowedDomainsMaxLength = 1000;

    private static readonly string[] ReservedPrefixes =
        ["admin", "api", "channel", "claim", "error", "files", "help", "landing", "login", "mfa", "oauth", "plug", "plugins", "post", "signup", "boards", "playbooks"];

    /// <summary>
    /// Lower-case letters, digits and inner hyphens, starting and ending with a letter or digit; or two
    /// runs of letters and digits joined by <c>__</c> (Mattermost's <c>IsValidTeamName</c>).
    /// </summary>
    public static bool IsValidName(string? name)
    {
        if (name is null || name.Length is < NameMinLength or > NameMaxLength)
        {
            return false;
        }

        var halves = name.Split("__");
        if (halves.Length > 1)
        {
            return halves.Length == 2 && halves.All(h => h.Length > 0 && h.All(IsAlphaNumeric));
        }

        return IsAlphaNumeric(name[0]) && IsAlphaNumeric(name[^1]) && name.All(c => IsAlphaNumeric(c) || c == '-');
    }

    public static bool IsReservedName(string name) =>
        ReservedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public static IRuleBuilderOptions<T, string> ValidTeamName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValidName)
            .WithAppError("model.team.is_valid.characters.app_error", $"Name must be {NameMinLength} to {NameMaxLength} lowercase letters, numbers and inner hyphens, starting and ending with a letter or number.")
            .Must(name => name is null || !IsReservedName(name))
            .WithAppError("model.team.is_valid.reserved.app_error", "This URL is unavailable. Please try another.");

    private static bool IsAlphaNumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
