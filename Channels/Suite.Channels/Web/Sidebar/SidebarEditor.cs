using Suite.Channels.Sidebar;
using Suite.Channels.Sidebar.CreateCategory;
using Suite.Channels.Sidebar.DeleteCategory;
using Suite.Channels.Sidebar.UpdateCategories;
using Suite.Channels.Sidebar.UpdateCategoryOrder;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web.Sidebar;

/// <summary>
/// The sidebar's changes, each one of the API's category requests: a category is always sent whole (as
/// Mattermost's clients send it), and moving a channel sends both the category it leaves and the one it joins.
/// </summary>
internal sealed class SidebarEditor(ISender sender, string viewerId, string teamId)
{
    public Task SetCollapsedAsync(SidebarSection section, bool collapsed) =>
        UpdateAsync(section.ToBody() with { Collapsed = collapsed });

    public Task SetMutedAsync(SidebarSection section, bool muted) =>
        UpdateAsync(section.ToBody() with { Muted = muted });

    public Task SetSortingAsync(SidebarSection section, string sorting) =>
        UpdateAsync(section.ToBody() with { Sorting = sorting });

    public Task RenameAsync(SidebarSection section, string name) =>
        UpdateAsync(section.ToBody() with { DisplayName = name });

    public Task DeleteAsync(SidebarSection section) =>
        sender.Send(new DeleteCategoryRequest(viewerId, teamId, section.Id));

    public Task CreateAsync(string name, IReadOnlyList<string> channelIds) =>
        sender.Send(new CreateCategoryRequest(viewerId, teamId, new SidebarCategoryBody { UserId = viewerId, TeamId = teamId, DisplayName = name, ChannelIds = channelIds }));

    /// <summary>
    /// Moves a channel into <paramref name="to"/>, before <paramref name="beforeChannelId"/> (else last). The
    /// order the viewer sees becomes the category's placed order; a drop between channels of a category
    /// sorted by name or recency makes it manual, as in Mattermost.
    /// </summary>
    public Task MoveAsync(IReadOnlyList<SidebarSection> sections, string channelId, SidebarSection to, string? beforeChannelId)
    {
        var from = sections.FirstOrDefault(s => s.ChannelIds.Contains(channelId));
        var order = to.Items.Select(i => i.Channel.Id).Where(id => id != channelId).ToList();
        var at = beforeChannelId is null ? -1 : order.IndexOf(beforeChannelId);
        order.Insert(at < 0 ? order.Count : at, channelId);
        var sorting = beforeChannelId is not null && to.EffectiveSorting != SidebarSortings.Manual ? SidebarSortings.Manual : to.Sorting;
        var target = to.ToBody() with { ChannelIds = order, Sorting = sorting };
        if (from is null || from.Id == to.Id)
        {
            return UpdateAsync(target);
        }

        return UpdateAsync(from.ToBody() with { ChannelIds = from.ChannelIds.Where(id => id != channelId).ToList() }, target);
    }

    /// <summary>
    /// Puts category <paramref name="categoryId"/> where <paramref name="targetId"/> is: above it when moved up,
    /// below it when moved down, so that any place can be reached; the whole order is sent, as Mattermost's client does.
    /// </summary>
    public Task ReorderAsync(IReadOnlyList<SidebarSection> sections, string categoryId, string targetId)
    {
        var order = sections.Select(s => s.Id).ToList();
        var at = order.IndexOf(targetId);
        if (!order.Remove(categoryId) || at < 0)
        {
            return Task.CompletedTask;
        }

        order.Insert(at, categoryId);
        return sender.Send(new UpdateCategoryOrderRequest(viewerId, teamId, order));
    }

    private Task<IReadOnlyList<SidebarCategory>> UpdateAsync(params SidebarCategoryBody[] categories) =>
        sender.Send(new UpdateCategoriesRequest(viewerId, teamId, categories));
}
