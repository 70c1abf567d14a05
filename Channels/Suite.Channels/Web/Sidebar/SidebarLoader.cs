using Suite.Channels.Channels;
using Suite.Channels.Sidebar.GetCategories;
using Suite.Channels.Threads;
using Suite.Channels.Threads.GetThreads;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web.Sidebar;

/// <summary>What the sidebar shows: the viewer's categories with their channels, and the unread totals of followed threads.</summary>
public sealed record SidebarModel(IReadOnlyList<SidebarSection> Sections, long UnreadThreads, long ThreadMentions)
{
    public static readonly SidebarModel Empty = new([], 0, 0);

    /// <summary>Every channel in the order the sidebar lists them (collapsed categories included), for the keyboard and the switcher.</summary>
    public List<SidebarItem> Items() => Sections.SelectMany(s => s.Items).ToList();
}

/// <summary>Reads the sidebar through the same requests as the API: the viewer's channels and memberships, categories and thread totals.</summary>
internal static class SidebarLoader
{
    /// <summary>The sidebar for the viewer in the team; the direct channels' other members are added to <paramref name="usernames"/>, the page's cache.</summary>
    public static async Task<SidebarModel> LoadAsync(ISender sender, string viewerId, string teamId, Dictionary<string, string> usernames)
    {
        var channels = (await sender.Send(new Channels.GetMyChannels.GetMyChannelsRequest(viewerId, teamId, false))).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var members = (await sender.Send(new Members.GetMyChannelMembers.GetMyChannelMembersRequest(viewerId, teamId)))
            .ToDictionary(m => m.ChannelId, StringComparer.Ordinal);
        var missing = channels.Values.Where(c => c.Type == ChannelTypes.Direct)
            .SelectMany(c => new[] { c.DirectMembers().First, c.DirectMembers().Second })
            .Where(id => !usernames.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            foreach (var user in await sender.Send(new GetUsersByIdsRequest(missing)))
            {
                usernames[user.Id] = user.Username;
            }
        }

        var categories = await sender.Send(new GetCategoriesRequest(viewerId, teamId));
        var sections = categories.Categories.Select(category =>
        {
            var items = category.ChannelIds
                .Where(channels.ContainsKey)
                .Select(id => channels[id])
                .Select(c => new SidebarItem(c, ChannelTitles.For(c, viewerId, usernames), members.GetValueOrDefault(c.Id), c.Type == ChannelTypes.Direct ? ChannelTitles.OtherMember(c, viewerId) : null));
            var sorting = category.Sorting.Length == 0 ? SidebarSortings.Manual : category.Sorting;
            return new SidebarSection(
                category.Id, category.Type, category.DisplayName, category.Sorting, category.Muted, category.Collapsed, category.ChannelIds, SidebarSortings.Sort(items, sorting).ToList());
        }).ToList();

        var totals = await sender.Send(new GetThreadsRequest(viewerId, teamId, new ThreadQuery { TotalsOnly = true }));
        return new SidebarModel(sections, totals.TotalUnreadThreads, totals.TotalUnreadMentions);
    }
}
