using System.Text.Json.Serialization;

namespace Suite.Platform.Identity;

/// <summary>
/// Mattermost's User JSON, sanitised: never the password, empty <c>auth_data</c>; notification settings
/// and password dates only for the user themselves and system admins.
/// </summary>
public sealed record UserResponse
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>The user's id.</summary>
    public required string Id { get; init; }

    /// <summary>When the account was made, in Unix milliseconds.</summary>
    public long CreateAt { get; init; }

    /// <summary>When the account last changed, in Unix milliseconds.</summary>
    public long UpdateAt { get; init; }

    /// <summary>When the account was deactivated, in Unix milliseconds; 0 while it is active.</summary>
    public long DeleteAt { get; init; }

    /// <summary>The lower-case username.</summary>
    public required string Username { get; init; }

    /// <summary>Always empty: external sign-in data is never sent.</summary>
    public string AuthData { get; init; } = "";

    /// <summary>The external sign-in service; empty for email and password.</summary>
    public string AuthService { get; init; } = "";

    /// <summary>The email address.</summary>
    public required string Email { get; init; }

    /// <summary>Whether the email address was verified.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>The nickname.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>The first name (a bot's display name).</summary>
    public string FirstName { get; init; } = "";

    /// <summary>The last name.</summary>
    public string LastName { get; init; } = "";

    /// <summary>The position (job title).</summary>
    public string Position { get; init; } = "";

    /// <summary>Space-separated role names, for example <c>system_user system_admin</c>.</summary>
    public required string Roles { get; init; }

    /// <summary>Whether the user accepts marketing email.</summary>
    public bool AllowMarketing { get; init; }

    /// <summary>Free-form properties.</summary>
    public IReadOnlyDictionary<string, string> Props { get; init; } = Empty;

    /// <summary>Notification settings (<c>email</c>, <c>push</c>, <c>desktop</c>, ...); empty for other viewers.</summary>
    public IReadOnlyDictionary<string, string> NotifyProps { get; init; } = Empty;

    /// <summary>When the password last changed, in Unix milliseconds; 0 for other viewers.</summary>
    public long LastPasswordUpdate { get; init; }

    /// <summary>When the profile picture last changed, in Unix milliseconds.</summary>
    public long LastPictureUpdate { get; init; }

    /// <summary>Failed sign-in attempts since the last success.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>The user's language, for example <c>en</c>.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>Mattermost's timezone settings (<c>useAutomaticTimezone</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Timezone { get; init; } = Empty;

    /// <summary>Whether multi-factor authentication is on.</summary>
    public bool MfaActive { get; init; }

    /// <summary>True for bot accounts.</summary>
    public bool IsBot { get; init; }

    /// <summary>A bot's description; left out of the JSON for people.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BotDescription { get; init; }

    /// <summary>Whether the welcome email was skipped when the account was made.</summary>
    public bool DisableWelcomeEmail { get; init; }
}
