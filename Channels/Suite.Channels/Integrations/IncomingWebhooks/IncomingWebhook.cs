namespace Suite.Channels.Integrations.IncomingWebhooks;

/// <summary>An incoming webhook as stored and in Mattermost's JSON shape; its id is the secret in <c>/hooks/{id}</c>.</summary>
internal sealed record IncomingWebhook
{
    public const string Columns =
        "id, create_at, update_at, delete_at, user_id, channel_id, team_id, display_name, description, username, icon_url, channel_locked";

    public required string Id { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public required string UserId { get; init; }
    public required string ChannelId { get; init; }
    public required string TeamId { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public bool ChannelLocked { get; init; }
}
