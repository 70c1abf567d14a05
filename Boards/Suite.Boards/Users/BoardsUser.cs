using System.Text.Json.Serialization;
using Suite.Platform.Identity;

namespace Suite.Boards.Users;

/// <summary>
/// Focalboard's <c>User</c> as its API shows one (never the email or sign-in data), with the
/// <c>permissions</c> some routes add (<c>manage_team</c>, <c>manage_system</c>, <c>create_post</c>).
/// </summary>
internal sealed record BoardsUser(
    string Id,
    string Username,
    string Nickname,
    [property: JsonPropertyName("firstname")] string FirstName,
    [property: JsonPropertyName("lastname")] string LastName,
    [property: JsonPropertyName("create_at")] long CreateAt,
    [property: JsonPropertyName("update_at")] long UpdateAt,
    [property: JsonPropertyName("delete_at")] long DeleteAt,
    [property: JsonPropertyName("is_bot")] bool IsBot,
    [property: JsonPropertyName("is_guest")] bool IsGuest,
    string Roles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Permissions = null)
{
    public const string ManageTeam = "manage_team";
    public const string ManageSystem = "manage_system";
    public const string CreatePost = "create_post";

    public static bool IsGuestRole(string roles) => roles.Split(' ').Contains("system_guest", StringComparer.Ordinal);

    public static bool IsSystemAdminRole(string roles) => roles.Split(' ').Contains("system_admin", StringComparer.Ordinal);

    public static BoardsUser From(UserResponse user, IReadOnlyList<string>? permissions = null) => new(
        user.Id,
        user.Username,
        user.Nickname,
        user.FirstName,
        user.LastName,
        user.CreateAt,
        user.UpdateAt,
        user.DeleteAt,
        user.IsBot,
        IsGuestRole(user.Roles),
        user.Roles,
        permissions);
}
