using System.Text.Json.Serialization;

namespace Suite.Channels.Channels;

/// <summary>A user's membership of a channel, in Mattermost's <c>ChannelMember</c> shape.</summary>
public sealed record ChannelMember
{
    public const string Columns =
        "channel_id, user_id, roles, last_viewed_at, msg_count, msg_count_root, mention_count, mention_count_root, " +
        "urgent_mention_count, notify_props, last_update_at";

    public required string ChannelId { get; init; }
    public required string UserId { get; init; }
    public string Roles { get; init; } = MemberRoles.User;
    public long LastViewedAt { get; init; }
    public long MsgCount { get; init; }
    public long MentionCount { get; init; }
    public long MentionCountRoot { get; init; }
    public long UrgentMentionCount { get; init; }
    public long MsgCountRoot { get; init; }
    public Dictionary<string, string> NotifyProps { get; init; } = MemberRoles.DefaultNotifyProps();
    public long LastUpdateAt { get; init; }
    public bool SchemeGuest { get; init; }
    public bool SchemeUser { get; init; } = true;
    public bool SchemeAdmin => IsAdmin;
    public string ExplicitRoles { get; init; } = "";

    [JsonIgnore]
    public bool IsAdmin => MemberRoles.HasAdmin(Roles);
}

/// <summary>Mattermost's channel roles and member notify props.</summary>
internal static class MemberRoles
{
    public const string User = "channel_user";
    public const string AdminRole = "channel_admin";
    public const string Admin = "channel_user channel_admin";

    public const string MarkUnread = "mark_unread";
    public const string IgnoreChannelMentions = "ignore_channel_mentions";

    /// <summary>The notify-prop keys a member may set, with the values Mattermost accepts for each.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NotifyPropValues = new Dictionary<string, string[]>
    {
        ["desktop"] = ["default", "all", "mention", "none"],
        ["push"] = ["default", "all", "mention", "none"],
        ["email"] = ["default", "all", "mention", "none", "true", "false"],
        [MarkUnread] = ["all", "mention"],
        [IgnoreChannelMentions] = ["default", "off", "on"],
        ["channel_auto_follow_threads"] = ["off", "on"],
        ["desktop_threads"] = ["default", "all", "mention", "none"],
        ["push_threads"] = ["default", "all", "mention", "none"],
        ["email_threads"] = ["default", "all", "mention", "none"],
        ["desktop_sound"] = ["default", "true", "false"],
        ["desktop_notification_sound"] = [],
    };

    public static bool HasAdmin(string roles) =>
        roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(AdminRole, StringComparer.Ordinal);

    public static Dictionary<string, string> DefaultNotifyProps() => new()
    {
        ["desktop"] = "default",
        [MarkUnread] = "all",
        ["push"] = "default",
        ["email"] = "default",
        [IgnoreChannelMentions] = "default",
        ["channel_auto_follow_threads"] = "off",
    };

    /// <summary>
    /// Mattermost's rule: channel-wide mentions are ignored when the member says so, or when the
    /// channel is muted and the member left the choice at its default.
    /// </summary>
    public static bool IgnoresChannelMentions(IReadOnlyDictionary<string, string> notifyProps)
    {
        var ignore = notifyProps.GetValueOrDefault(IgnoreChannelMentions, "default");
        var muted = notifyProps.GetValueOrDefault(MarkUnread, "all") == "mention";
        return ignore == "on" || (muted && ignore == "default");
    }
}
