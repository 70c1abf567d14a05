using System.Text.Json;

namespace Suite.Platform.Identity.Users;

/// <summary>Makes <see cref="UserResponse"/>s from stored users.</summary>
internal static class UserResponses
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

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
