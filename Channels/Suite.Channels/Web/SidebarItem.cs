using Suite.Channels.Channels;

namespace Suite.Channels.Web;

/// <summary>
/// A channel as the sidebar shows it: its title, unread state and mentions for the viewer, and for a direct
/// channel the other user (whose status it shows; the viewer for a self-DM).
/// </summary>
public sealed record SidebarItem(Channel Channel, string Title, ChannelMember? Member, string? DirectUserId = null)
{
    public bool IsDirectOrGroup => ChannelTypes.IsDirectOrGroup(Channel.Type);

    public bool IsUnread => Member is not null && Channel.TotalMsgCount > Member.MsgCount;

    public long Mentions => Member?.MentionCount ?? 0;

    public bool IsMuted => Member?.NotifyProps.GetValueOrDefault(MemberRoles.MarkUnread) == "mention";
}

/// <summary>What the composer sends: a new message (with the ids of files uploaded for it), or the new text of an edited one.</summary>
public sealed record ComposerMessage(string Text, string? EditPostId, IReadOnlyList<string> FileIds);

/// <summary>A file uploaded from the composer, waiting to be sent with the next message.</summary>
public sealed record UploadedFile(string Id, string Name);
