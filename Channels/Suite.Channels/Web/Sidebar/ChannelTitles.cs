using Suite.Channels.Channels;

namespace Suite.Channels.Web.Sidebar;

/// <summary>How a channel is named for the viewer: a direct channel by the other member's username (the viewer's own for a self-DM).</summary>
internal static class ChannelTitles
{
    public static string For(Channel channel, string viewerId, IReadOnlyDictionary<string, string> usernames)
    {
        if (channel.Type != ChannelTypes.Direct)
        {
            return channel.DisplayName.Length > 0 ? channel.DisplayName : channel.Name;
        }

        return usernames.GetValueOrDefault(OtherMember(channel, viewerId), "someone");
    }

    public static string OtherMember(Channel direct, string viewerId)
    {
        var (first, second) = direct.DirectMembers();
        return first == viewerId ? second : first;
    }
}
