namespace Suite.Channels.CustomEmojis;

/// <summary>A custom emoji in Mattermost's JSON shape.</summary>
internal sealed record CustomEmoji
{
    public const string Columns = "id, create_at, update_at, delete_at, creator_id, name, description";

    public required string Id { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public required string CreatorId { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Where the image is kept in the server's file storage (Mattermost's path).</summary>
    public static string ImagePath(string id) => $"emoji/{id}/image";
}
