namespace Suite.Platform.Identity.Bots;

/// <summary>Mattermost's Bot JSON.</summary>
internal sealed record BotResponse(
    string UserId,
    string Username,
    string DisplayName,
    string Description,
    string OwnerId,
    long LastIconUpdate,
    long CreateAt,
    long UpdateAt,
    long DeleteAt)
{
    /// <summary>The select list from <c>platform.bots b JOIN platform.users u ON u.id = b.user_id</c>.</summary>
    public const string Columns = """
        b.user_id AS userid, u.username, b.display_name AS displayname, b.description, b.owner_id AS ownerid,
        u.last_picture_update AS lasticonupdate, b.create_at AS createat, b.update_at AS updateat, b.delete_at AS deleteat
        """;

    public const string From = "platform.bots b JOIN platform.users u ON u.id = b.user_id";
}
