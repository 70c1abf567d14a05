using Suite.Channels.Notifications;

namespace Suite.Channels.Web;

/// <summary>
/// Whether a post makes a desktop notification, by Mattermost's rules: never for one's own posts,
/// while Do Not Disturb, in a muted channel, or for the channel on screen in a focused window; then
/// the channel's <c>desktop</c> setting, or the user's when the channel's is <c>default</c>:
/// <c>all</c>, <c>mention</c> (mentions, which include every post in a direct or group channel)
/// or <c>none</c>.
/// </summary>
internal static class DesktopNotifications
{
    public const string UserDefault = "mention";

    public static bool ShouldNotify(
        string userLevel, IReadOnlyDictionary<string, string>? channelProps, bool mentioned, bool ownPost, bool doNotDisturb, bool onScreen)
    {
        if (ownPost || doNotDisturb || onScreen || (channelProps is not null && NotificationRules.IsMuted(channelProps)))
        {
            return false;
        }

        var channelLevel = channelProps?.GetValueOrDefault("desktop", "default") ?? "default";
        var level = channelLevel == "default" ? userLevel : channelLevel;
        return level == "all" || (level == "mention" && mentioned);
    }
}
