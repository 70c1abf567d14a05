using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Suite.Channels.Files;
using Suite.Channels.Reactions;

namespace Suite.Channels.Posts;

/// <summary>A post as stored and in Mattermost's JSON shape.</summary>
public sealed record Post
{
    public const string Columns =
        "p.id, p.create_at, p.update_at, p.edit_at, p.delete_at, p.is_pinned, p.user_id, p.channel_id, p.root_id, " +
        "p.original_id, p.message, p.type, p.props, p.hashtags, p.pending_post_id, p.file_ids, p.has_reactions, " +
        "t.reply_count, t.last_reply_at";

    /// <summary>Replies in the post's thread, counted when read (deleted replies left out).</summary>
    public const string ThreadJoin =
        """
        LEFT JOIN LATERAL (
            SELECT count(*) AS reply_count, COALESCE(max(r.create_at), 0) AS last_reply_at FROM channels.posts r
             WHERE r.root_id <> '' AND r.root_id = CASE WHEN p.root_id = '' THEN p.id ELSE p.root_id END AND r.delete_at = 0) t ON true
        """;

    public required string Id { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long EditAt { get; init; }
    public long DeleteAt { get; init; }
    public bool IsPinned { get; init; }
    public required string UserId { get; init; }
    public required string ChannelId { get; init; }
    public string RootId { get; init; } = "";
    public string OriginalId { get; init; } = "";
    public string Message { get; init; } = "";
    public string Type { get; init; } = "";
    public JsonElement Props { get; init; } = PostProps.Empty;
    public string Hashtags { get; init; } = "";
    public string PendingPostId { get; init; } = "";
    public List<string> FileIds { get; init; } = [];
    public bool HasReactions { get; init; }
    public long ReplyCount { get; init; }
    public long LastReplyAt { get; init; }
    public object? Participants { get; init; }
    public PostMetadata Metadata { get; init; } = PostMetadata.Empty;

    [JsonIgnore]
    public bool IsRoot => RootId.Length == 0;

    [JsonIgnore]
    public string ThreadRootId => IsRoot ? Id : RootId;
}

/// <summary>Mattermost's <c>metadata</c>: always an object, with reactions and files when the post has any.</summary>
public sealed record PostMetadata
{
    public static readonly PostMetadata Empty = new();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Reaction>? Reactions { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FileRecord>? Files { get; init; }
}

/// <summary>Post props helpers.</summary>
internal static class PostProps
{
    public static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    public static bool IsTrue(JsonElement props, string key) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(key, out var value)
        && ((value.ValueKind == JsonValueKind.String && value.GetString() == "true") || value.ValueKind == JsonValueKind.True);

    public static string? String(JsonElement props, string key) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>As Mattermost: every post a bot account makes carries <c>props.from_bot = "true"</c>.</summary>
    public static JsonElement MarkFromBot(JsonElement? props)
    {
        var marked = props is { ValueKind: JsonValueKind.Object } p ? JsonNode.Parse(p.GetRawText())!.AsObject() : [];
        marked["from_bot"] = "true";
        return JsonSerializer.SerializeToElement(marked);
    }
}

/// <summary>Mattermost's post types this module writes or treats specially.</summary>
internal static class PostTypes
{
    public const string JoinChannel = "system_join_channel";
    public const string LeaveChannel = "system_leave_channel";
    public const string AddToChannel = "system_add_to_channel";
    public const string RemoveFromChannel = "system_remove_from_channel";
    public const string HeaderChange = "system_header_change";
    public const string PurposeChange = "system_purpose_change";
    public const string DisplayNameChange = "system_displayname_change";
    public const string ChannelDeleted = "system_channel_deleted";
    public const string ChannelRestored = "system_channel_restored";
    public const string ChangeChannelPrivacy = "system_change_chan_privacy";
    public const string SystemPrefix = "system_";

    /// <summary>Join and leave messages do not make a channel unread (Mattermost leaves them out of <c>total_msg_count</c>).</summary>
    public static bool IsJoinLeave(string type) => type is JoinChannel or LeaveChannel or AddToChannel or RemoveFromChannel
        or "system_join_leave" or "system_add_remove" or "system_join_team" or "system_leave_team" or "system_add_to_team" or "system_remove_from_team";

    public static bool IsSystem(string type) => type.StartsWith(SystemPrefix, StringComparison.Ordinal);
}
