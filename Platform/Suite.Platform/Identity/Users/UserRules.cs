using System.Net.Mail;
using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users;

/// <summary>Mattermost's account rules (<c>IsValidUsername</c>, <c>IsValidEmail</c>, field lengths) as validation rules.</summary>
internal static class UserRules
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 22;
    public const int EmailMaxLength = 128;
    public const int PasswordMaxLength = 72;
    public const int NameMaxLength = 64;
    public const int PositionMaxLength = 128;
    public const int LocaleMaxLength = 5;
    public const int MaxMapEntries = 100;
    public const int MaxMapKeyLength = 64;
    public const int MaxMapValueLength = 10_000;

    private static readonly string[] ReservedUsernames = ["all", "channel", "matterbot", "system"];

    public static bool IsValidUsername(string? username)
    {
        if (username is null || username.Length is < UsernameMinLength or > UsernameMaxLength || !char.IsAsciiLetterLower(username[0]))
        {
            return false;
        }

        foreach (var c in username)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return !ReservedUsernames.Contains(username);
    }

    public static bool IsValidEmail(string? email)
    {
        if (string.IsNullOrEmpty(email) || email.Length > EmailMaxLength || email.Contains('"', StringComparison.Ordinal)
            || email.Any(char.IsWhiteSpace) || !string.Equals(email, email.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(email, out var address) && address.Address == email && address.DisplayName.Length == 0;
    }

    public static IRuleBuilderOptions<T, string> ValidUsername<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValidUsername).WithAppError(
            "model.user.is_valid.username.app_error",
            $"Username must begin with a letter and contain between {UsernameMinLength} and {UsernameMaxLength} lowercase characters made up of numbers, letters, and the symbols '.', '-', and '_'; all, channel, matterbot and system are reserved.");

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValidEmail).WithAppError("model.user.is_valid.email.app_error", "Invalid email.");

    /// <summary>A password at least <paramref name="minimumLength"/> long, read at each check (a system admin may change it at run time).</summary>
    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule, Func<int> minimumLength) =>
        rule.Must(p => p is not null && p.Length >= minimumLength())
            .WithErrorCode("model.user.is_valid.pwd_length.app_error")
            .WithMessage(_ => $"Your password must contain at least {minimumLength()} characters.")
            .Must(p => p is null || p.Length <= PasswordMaxLength)
            .WithAppError("model.user.is_valid.pwd_max_length.app_error", $"Your password must contain no more than {PasswordMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> MaxRunes<T>(this IRuleBuilder<T, string?> rule, int max, string field) =>
        rule.Must(s => s is null || s.EnumerateRunes().Count() <= max)
            .WithAppError($"model.user.is_valid.{field}.app_error", $"Invalid {field}: at most {max} characters.");

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> BoundedMap<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, string>?> rule, string field) =>
        rule.Must(m => m is null || (m.Count <= MaxMapEntries && m.All(e => e.Key.Length is > 0 and <= MaxMapKeyLength && e.Value is not null && e.Value.Length <= MaxMapValueLength)))
            .WithAppError(
                ValidationRules.InvalidBodyParam,
                $"Invalid {field}: at most {MaxMapEntries} entries, keys of 1 to {MaxMapKeyLength} characters, string values of at most {MaxMapValueLength} characters.");

    /// <summary>The notification settings whose values Mattermost restricts; other keys are free text.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NotifyPropValues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["email"] = ["true", "false"],
        ["push"] = ["all", "mention", "none"],
        ["desktop"] = ["all", "mention", "none"],
        ["push_status"] = ["online", "away", "offline", "dnd"],
    };

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> KnownNotifyProps<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, string>?> rule) =>
        rule.Must(m => m is null || m.All(e => !NotifyPropValues.TryGetValue(e.Key, out var allowed) || allowed.Contains(e.Value)))
            .WithAppError(
                ValidationRules.InvalidBodyParam,
                "Invalid notify_props: email is true or false; push and desktop are all, mention or none; push_status is online, away, offline or dnd.");
}
