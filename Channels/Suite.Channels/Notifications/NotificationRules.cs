using Suite.Platform.Presence;

namespace Suite.Channels.Notifications;

/// <summary>
/// Who is notified how, as Mattermost decides: a channel's own setting wins over the user's unless it
/// is <c>default</c>; email goes to users who are not online; push follows the user's
/// <c>push_status</c> (default: when away or offline) and never reaches Do Not Disturb.
/// </summary>
internal static class NotificationRules
{
    private const string All = "all";
    private const string Mention = "mention";
    private const string None = "none";

    /// <summary>A muted channel (<c>mark_unread: mention</c>) notifies nobody of anything.</summary>
    public static bool IsMuted(IReadOnlyDictionary<string, string> channelProps) =>
        channelProps.TryGetValue("mark_unread", out var markUnread) && markUnread == Mention;

    public static bool WantsEmail(IReadOnlyDictionary<string, string> userProps, IReadOnlyDictionary<string, string> channelProps, bool mentioned, string status)
    {
        if (status == UserStatuses.Online)
        {
            return false;
        }

        var level = Get(channelProps, "email", "default") switch
        {
            "default" => Get(userProps, "email", "true") == "false" ? None : Mention,
            "true" => Mention,
            "false" => None,
            var channelLevel => channelLevel,
        };
        return Applies(level, mentioned);
    }

    public static bool WantsPush(IReadOnlyDictionary<string, string> userProps, IReadOnlyDictionary<string, string> channelProps, bool mentioned, string status)
    {
        var reachable = status != UserStatuses.DoNotDisturb && Get(userProps, "push_status", UserStatuses.Away) switch
        {
            UserStatuses.Online => true,
            UserStatuses.Offline => status == UserStatuses.Offline,
            _ => status != UserStatuses.Online,
        };
        if (!reachable)
        {
            return false;
        }

        var level = Get(channelProps, "push", "default") is var channelLevel && channelLevel != "default"
            ? channelLevel
            : Get(userProps, "push", Mention);
        return Applies(level, mentioned);
    }

    private static bool Applies(string level, bool mentioned) => level == All || (level == Mention && mentioned);

    private static string Get(IReadOnlyDictionary<string, string> props, string key, string fallback) =>
        props.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;
}
