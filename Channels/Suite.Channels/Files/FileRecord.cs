using System.Text.Json.Serialization;

namespace Suite.Channels.Files;

/// <summary>An uploaded file as stored, and in Mattermost's <c>FileInfo</c> JSON shape.</summary>
public sealed record FileRecord
{
    public const string Columns =
        "f.id, f.creator_id, f.post_id, f.channel_id, f.name, f.extension, f.size, f.mime_type, f.width, f.height, f.path, f.create_at, f.update_at, f.delete_at";

    public required string Id { get; init; }

    /// <summary>The uploader (<c>creator_id</c> in the table, <c>user_id</c> in Mattermost's JSON).</summary>
    [JsonPropertyName("user_id")]
    public required string CreatorId { get; init; }

    /// <summary>The post the file is attached to; empty until then.</summary>
    [JsonIgnore]
    public string PostId { get; init; } = "";

    /// <summary>Mattermost leaves <c>post_id</c> out while the file is not attached.</summary>
    [JsonPropertyName("post_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AttachedPostId => PostId.Length == 0 ? null : PostId;

    public required string ChannelId { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public required string Name { get; init; }
    public string Extension { get; init; } = "";
    public long Size { get; init; }
    public string MimeType { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Width { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Height { get; init; }

    /// <summary>Always false: the server makes no thumbnails or previews (no image library is available).</summary>
    public bool HasPreviewImage { get; init; }

    public string? MiniPreview { get; init; }
    public string? RemoteId { get; init; }
    public bool Archived { get; init; }

    /// <summary>Where the bytes are, relative to the files directory.</summary>
    [JsonIgnore]
    public string Path { get; init; } = "";
}

/// <summary>The answer to an upload: the new files, and the client's ids for them in the same order.</summary>
internal sealed record FileUploadResponse(IReadOnlyList<FileRecord> FileInfos, IReadOnlyList<string> ClientIds);
