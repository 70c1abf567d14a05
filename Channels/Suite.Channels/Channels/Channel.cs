using System.Text.Json;

namespace Suite.Channels.Channels;

/// <summary>Mattermost's channel types.</summary>
internal static class ChannelTypes
{
    public const string Open = "O";
    public const string Private = "P";
    public const string Direct = "D";
    public const string Group = "G";

    public static bool IsTeamChannel(string type) => type is Open or Private;
}

/// <summary>A channel as stored and as Mattermost's JSON shows it.</summary>
internal sealed record Channel
{
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
    public long LastRootPostAt { get; init; }
    public long TotalMsgCount { get; init; }
    public long TotalMsgCountRoot { get; init; }
    public long ExtraUpdateAt { get; init; }
    public string CreatorId { get; init; } = "";
    public string? SchemeId { get; init; }
    public JsonElement? Props { get; init; }
    public bool? GroupConstrained { get; init; }
    public bool? Shared { get; init; }
    public string? PolicyId { get; init; }

    public bool IsArchived => DeleteAt > 0;

    public const string Columns =
        "id, create_at, update_at, delete_at, team_id, type, display_name, name, header, purpose, last_post_at, " +
        "last_root_post_at, total_msg_count, total_msg_count_root, creator_id, props";
}

/// <summary>A user's membership of a channel, in Mattermost's <c>ChannelMember</c> shape.</summary>
internal sealed record ChannelMember
{
    public required string ChannelId { get; init; }
    public required string UserId { get; init; }
    public string Roles { get; init; } = MemberRoles.User;
    public long LastViewedAt { get; init; }
    public long MsgCount { get; init; }
    public long MsgCountRoot { get; init; }
    public long MentionCount { get; init; }
    public long MentionCountRoot { get; init; }
    public long UrgentMentionCount { get; init; }
    public required Dictionary<string, string> NotifyProps { get; init; }
    public long LastUpdateAt { get; init; }
    public bool SchemeGuest { get; init; }
    public bool SchemeUser { get; init; } = true;
    public bool SchemeAdmin => Roles.Contains(MemberRoles.AdminRole, StringComparison.Ordinal);
    public string ExplicitRoles { get; init; } = "";

    public const string Columns =
        "channel_id, user_id, roles, last_viewed_at, msg_count, msg_count_root, mention_count, mention_count_root, " +
        "urgent_mention_count, notify_props, last_update_at";

    public bool IsMuted => NotifyProps.TryGetValue("mark_unread", out var markUnread) && markUnread == "mention";
}

internal static class MemberRoles
{
    public const string User = "channel_user";
    public const string AdminRole = "channel_admin";
    public const string Admin = "channel_user channel_admin";

    public static Dictionary<string, string> DefaultNotifyProps() => new()
    {
        ["desktop"] = "default",
        ["mark_unread"] = "all",
        ["push"] = "default",
        ["email"] = "default",
        ["ignore_channel_mentions"] = "default",
        ["channel_auto_follow_threads"] = "off",
    };
}
