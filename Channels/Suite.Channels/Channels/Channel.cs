using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Channels.Channels;

/// <summary>Mattermost's channel types.</summary>
internal static class ChannelTypes
{
    public const string Open = "O";
    public const string Private = "P";
    public const string Direct = "D";
    public const string Group = "G";

    public static bool IsTeamChannel(string type) => type is Open or Private;

    public static bool IsDirectOrGroup(string type) => type is Direct or Group;
}

/// <summary>A channel as stored and as Mattermost's JSON shows it.</summary>
public sealed record Channel
{
    public const string Columns =
        "id, create_at, update_at, delete_at, team_id, type, display_name, name, header, purpose, last_post_at, " +
        "last_root_post_at, total_msg_count, total_msg_count_root, creator_id, member_version";

    public required string Id { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public string TeamId { get; init; } = "";
    public required string Type { get; init; }
    public string DisplayName { get; init; } = "";
    public required string Name { get; init; }
    public string Header { get; init; } = "";
    public string Purpose { get; init; } = "";
    public long LastPostAt { get; init; }
    public long TotalMsgCount { get; init; }
    public long ExtraUpdateAt { get; init; }
    public string CreatorId { get; init; } = "";
    public string? SchemeId { get; init; }
    public JsonElement? Props { get; init; }
    public bool? GroupConstrained { get; init; }
    public bool? Shared { get; init; }
    public long TotalMsgCountRoot { get; init; }
    public string? PolicyId { get; init; }
    public long LastRootPostAt { get; init; }

    [JsonIgnore]
    public long MemberVersion { get; init; }

    [JsonIgnore]
    public bool IsArchived => DeleteAt > 0;

    [JsonIgnore]
    public bool IsDirectOrGroup => ChannelTypes.IsDirectOrGroup(Type);

    /// <summary>The two member ids of a direct channel, from its name (the same id twice for a self-DM).</summary>
    public (string First, string Second) DirectMembers()
    {
        var separator = Name.IndexOf("__", StringComparison.Ordinal);
        return separator < 0 ? (Name, Name) : (Name[..separator], Name[(separator + 2)..]);
    }
}
