namespace Suite.Channels.Reactions;

/// <summary>A reaction in Mattermost's JSON shape.</summary>
public sealed record Reaction
{
    public const string Columns = "user_id, post_id, emoji_name, create_at, create_at AS update_at, channel_id";

    public required string UserId { get; init; }
    public required string PostId { get; init; }
    public required string EmojiName { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public string? RemoteId { get; init; }
    public string ChannelId { get; init; } = "";
}
