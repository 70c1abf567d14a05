using System.Text.Json;

namespace Suite.Platform.Identity.Users;

/// <summary>Mattermost's User JSON (§2.1), sanitised: never the password, empty <c>auth_data</c>.</summary>
internal sealed record UserResponse
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    public required string Id { get; init; }

    public long CreateAt { get; init; }

    public long UpdateAt { get; init; }

    public long DeleteAt { get; init; }

    public required string Username { get; init; }

    public string AuthData { get; init; } = "";

    public string AuthService { get; init; } = "";

    public required string Email { get; init; }

    public bool EmailVerified { get; init; }

    public string Nickname { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Position { get; init; } = "";

    public required string Roles { get; init; }

    public bool AllowMarketing { get; init; }

    public IReadOnlyDictionary<string, string> Props { get; init; } = Empty;

    public IReadOnlyDictionary<string, string> NotifyProps { get; init; } = Empty;

    public long LastPasswordUpdate { get; init; }

    public long LastPictureUpdate { get; init; }

    public int FailedAttempts { get; init; }

    public string Locale { get; init; } = UserDefaults.Locale;

    public IReadOnlyDictionary<string, string> Timezone { get; init; } = Empty;

    public bool MfaActive { get; init; }

    public bool IsBot { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? BotDescription { get; init; }

    public bool DisableWelcomeEmail { get; init; }

    /// <summary>
    /// The user as <paramref name="viewer"/> may see it: the user themselves and system admins get
    /// everything; others do not see notification settings or password dates (Mattermost's
    /// <c>ClearNonProfileFields</c>).
    /// </summary>
    public static UserResponse For(UserRow row, ICurrentUser viewer) =>
        From(row, full: viewer.IsSystemAdmin || viewer.UserId == row.Id);

    public static UserResponse From(UserRow row, bool full) => new()
    {
        Id = row.Id,
        CreateAt = row.CreateAt,
        UpdateAt = row.UpdateAt,
        DeleteAt = row.DeleteAt,
        Username = row.Username,
        Email = row.Email,
        Nickname = row.Nickname,
        FirstName = row.FirstName,
        LastName = row.LastName,
        Position = row.Position,
        Roles = row.Roles,
        Props = Map(row.Props),
        NotifyProps = full ? Map(row.NotifyProps) : Empty,
        LastPasswordUpdate = full ? row.LastPasswordUpdate : 0,
        LastPictureUpdate = row.LastPictureUpdate,
        Locale = row.Locale,
        Timezone = Map(row.Timezone),
        IsBot = row.IsBot,
        BotDescription = row.BotDescription,
    };

    private static IReadOnlyDictionary<string, string> Map(string json) =>
        json is "{}" or "" ? Empty : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? Empty;
}
