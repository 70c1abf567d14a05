using System.Security.Cryptography;
using System.Text;

namespace Suite.Platform.Identity.Roles;

/// <summary>Mattermost's <c>Role</c>, as <c>/api/v4/roles</c> answers it.</summary>
internal sealed record RoleResponse
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required string Description { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public required IReadOnlyList<string> Permissions { get; init; }
    public bool SchemeManaged { get; init; } = true;
    public bool BuiltIn { get; init; } = true;
}

/// <summary>
/// The built-in roles Suite's rules follow, with the Mattermost permissions each grants by default
/// (the ones Suite enforces). Roles are not editable in Suite, so they are a fixed catalogue; their
/// ids are derived from their names so every process answers the same.
/// </summary>
internal static class BuiltInRoles
{
    private static readonly string[] ChannelUser =
    [
        "read_channel", "read_channel_content", "add_reaction", "remove_reaction", "manage_public_channel_members", "manage_private_channel_members",
        "upload_file", "get_public_link", "create_post", "use_slash_commands", "manage_public_channel_properties", "delete_public_channel",
        "manage_private_channel_properties", "delete_private_channel", "use_channel_mentions", "delete_post", "edit_post",
    ];

    private static readonly string[] ChannelAdmin = [.. ChannelUser, "manage_channel_roles", "remove_user_from_channel"];

    private static readonly string[] TeamUser =
    [
        "list_team_channels", "join_public_channels", "read_public_channel", "view_team", "create_public_channel", "create_private_channel",
        "invite_user", "add_user_to_team",
    ];

    private static readonly string[] TeamAdmin =
        [.. TeamUser, "edit_others_posts", "remove_user_from_team", "manage_team", "import_team", "manage_team_roles", "manage_channel_roles", "manage_slash_commands",
        "manage_others_slash_commands", "manage_incoming_webhooks", "manage_outgoing_webhooks", "delete_others_posts", "convert_public_channel_to_private"];

    private static readonly string[] SystemUser =
        ["list_public_teams", "join_public_teams", "create_direct_channel", "create_group_channel", "view_members", "create_team", "create_emojis", "delete_emojis", "edit_custom_group"];

    private static readonly string[] SystemAdmin =
        [.. SystemUser, .. TeamAdmin, .. ChannelAdmin, "manage_system", "manage_roles", "manage_bots", "manage_others_bots", "create_bot", "read_bots", "read_others_bots",
        "create_user_access_token", "read_user_access_token", "revoke_user_access_token", "edit_other_users", "manage_oauth", "manage_jobs", "list_private_teams",
        "join_private_teams", "sysconsole_read_user_management_users", "sysconsole_write_user_management_users"];

    private static readonly IReadOnlyDictionary<string, RoleResponse> ByName = new[]
    {
        Role("system_user", "authentication.roles.global_user.name", "authentication.roles.global_user.description", SystemUser),
        Role("system_admin", "authentication.roles.global_admin.name", "authentication.roles.global_admin.description", SystemAdmin),
        Role("system_guest", "authentication.roles.global_guest.name", "authentication.roles.global_guest.description", ["create_direct_channel", "create_group_channel"]),
        Role("system_user_access_token", "authentication.roles.system_user_access_token.name", "authentication.roles.system_user_access_token.description",
            ["create_user_access_token", "read_user_access_token", "revoke_user_access_token"]),
        Role("system_post_all", "authentication.roles.system_post_all.name", "authentication.roles.system_post_all.description", ["create_post"]),
        Role("system_post_all_public", "authentication.roles.system_post_all_public.name", "authentication.roles.system_post_all_public.description", ["create_post_public"]),
        Role("team_user", "authentication.roles.team_user.name", "authentication.roles.team_user.description", TeamUser),
        Role("team_admin", "authentication.roles.team_admin.name", "authentication.roles.team_admin.description", TeamAdmin),
        Role("team_guest", "authentication.roles.team_guest.name", "authentication.roles.team_guest.description", ["view_team"]),
        Role("channel_user", "authentication.roles.channel_user.name", "authentication.roles.channel_user.description", ChannelUser),
        Role("channel_admin", "authentication.roles.channel_admin.name", "authentication.roles.channel_admin.description", ChannelAdmin),
        Role("channel_guest", "authentication.roles.channel_guest.name", "authentication.roles.channel_guest.description",
            ["read_channel", "read_channel_content", "add_reaction", "remove_reaction", "upload_file", "create_post", "use_channel_mentions", "edit_post"]),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static RoleResponse? Find(string name) => ByName.GetValueOrDefault(name);

    public static RoleResponse? FindById(string id) => ByName.Values.FirstOrDefault(r => r.Id == id);

    private static RoleResponse Role(string name, string displayName, string description, IReadOnlyList<string> permissions) => new()
    {
        Id = IdFor(name),
        Name = name,
        DisplayName = displayName,
        Description = description,
        Permissions = permissions.Distinct(StringComparer.Ordinal).ToList(),
    };

    /// <summary>A 26-character id from the role's name, in Mattermost's alphabet.</summary>
    private static string IdFor(string name)
    {
        const string Alphabet = "ybndrfg8ejkmcpqxot1uwisza345h769";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("suite-role:" + name));
        return new string(hash.Take(26).Select(b => Alphabet[b % 32]).ToArray());
    }
}
