using Suite.Channels.Sidebar;

namespace Suite.Channels.Web.Sidebar;

/// <summary>
/// One of the viewer's sidebar categories as the web app shows it: the category as stored (its channel ids in
/// the server's order, which updates send back) and its channels sorted by the category's sorting.
/// </summary>
public sealed record SidebarSection(
    string Id, string Type, string DisplayName, string Sorting, bool Muted, bool Collapsed, IReadOnlyList<string> ChannelIds, IReadOnlyList<SidebarItem> Items)
{
    public bool IsCustom => Type == CategoryTypes.Custom;

    public bool IsFavorites => Type == CategoryTypes.Favorites;

    public bool IsDirectMessages => Type == CategoryTypes.DirectMessages;

    /// <summary>Mattermost's default sorting (empty) behaves as manual.</summary>
    public string EffectiveSorting => Sorting.Length == 0 ? SidebarSortings.Manual : Sorting;

    /// <summary>What a collapsed category still shows, as in Mattermost: the channel on screen and unread ones.</summary>
    public IEnumerable<SidebarItem> Shown(string? currentChannelId) =>
        Collapsed ? Items.Where(i => i.Channel.Id == currentChannelId || (i.IsUnread && !i.IsMuted)) : Items;

    /// <summary>Whether a channel of this kind may be placed here: Mattermost keeps channels out of Direct Messages and direct and group messages out of Channels.</summary>
    public bool Accepts(SidebarItem item) => Type switch
    {
        CategoryTypes.DirectMessages => item.IsDirectOrGroup,
        CategoryTypes.Channels => !item.IsDirectOrGroup,
        _ => true,
    };

    /// <summary>The body of an update that keeps everything as it is; callers change what they mean to change.</summary>
    internal SidebarCategoryBody ToBody() => new()
    {
        Id = Id,
        Type = Type,
        DisplayName = DisplayName,
        Sorting = Sorting,
        Muted = Muted,
        Collapsed = Collapsed,
        ChannelIds = ChannelIds,
    };
}

/// <summary>The sortings a category offers, as Mattermost names them.</summary>
public static class SidebarSortings
{
    public const string Alphabetical = "alpha";
    public const string Recent = "recent";
    public const string Manual = "manual";

    /// <summary>The channels in the order the sorting gives: by title, by newest post, or as placed.</summary>
    public static IEnumerable<SidebarItem> Sort(IEnumerable<SidebarItem> items, string sorting) => sorting switch
    {
        Alphabetical => items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Channel.Id, StringComparer.Ordinal),
        Recent => items.OrderByDescending(i => Math.Max(i.Channel.LastPostAt, i.Channel.CreateAt)),
        _ => items,
    };
}
