using System.Text.Json.Serialization;

namespace Suite.Boards.Files;

/// <summary>
/// A file uploaded to a board (an image or attachment block's <c>fields.fileId</c> names it). Stored as a
/// Marten document; the bytes live on disk under the board. Serialised as Mattermost's <c>FileInfo</c>
/// (snake_case), which is what Focalboard's <c>…/info</c> route answers.
/// </summary>
public sealed class BoardFile
{
    /// <summary>Focalboard's file id: <c>7</c>, a Mattermost id and the lower-cased extension.</summary>
    public string Id { get; set; } = "";

    [JsonPropertyName("board_id")]
    public string BoardId { get; set; } = "";

    [JsonPropertyName("team_id")]
    public string TeamId { get; set; } = "";

    [JsonPropertyName("creator_id")]
    public string CreatorId { get; set; } = "";

    [JsonPropertyName("post_id")]
    public string PostId { get; set; } = "";

    [JsonPropertyName("create_at")]
    public long CreateAt { get; set; }

    [JsonPropertyName("update_at")]
    public long UpdateAt { get; set; }

    [JsonPropertyName("delete_at")]
    public long DeleteAt { get; set; }

    /// <summary>The name the file was uploaded with.</summary>
    public string Name { get; set; } = "";

    /// <summary>Without the dot, lower case.</summary>
    public string Extension { get; set; } = "";

    public long Size { get; set; }

    [JsonPropertyName("mime_type")]
    public string MimeType { get; set; } = "";
}
