using Suite.Platform.Errors;

namespace Suite.Channels.Web.Sidebar;

/// <summary>
/// The sidebar's shared state and what its parts do: which menu is open, which channel is being dragged, the
/// category name being asked for; every change goes through <see cref="SidebarEditor"/> and then reloads the sidebar.
/// </summary>
public sealed class SidebarActions
{
    private readonly SidebarEditor _editor;
    private readonly Func<Task> _changed;
    private readonly Action _redraw;

    // changed reloads the sidebar after a category change; redraw renders the whole sidebar again after a change of
    // its own state (a menu or dialog opened from one of its parts, which alone would render otherwise).
    internal SidebarActions(SidebarEditor editor, Func<Task> changed, Action redraw)
    {
        _editor = editor;
        _changed = changed;
        _redraw = redraw;
    }

    /// <summary>The open menu: <c>category:{id}</c> or <c>channel:{id}</c>.</summary>
    public string? OpenMenu { get; private set; }

    /// <summary>The channel being dragged.</summary>
    public string? Dragging { get; private set; }

    /// <summary>The category being dragged (by its heading) to another place in the order.</summary>
    public string? DraggingCategory { get; private set; }

    /// <summary>The category name being asked for (create or rename).</summary>
    public CategoryNaming? Naming { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<SidebarSection> Sections { get; internal set; } = [];

    public void ToggleMenu(string key)
    {
        OpenMenu = OpenMenu == key ? null : key;
        _redraw();
    }

    public void CloseMenu() => OpenMenu = null;

    public void StartDrag(string channelId) => Dragging = channelId;

    // The other categories show where the dragged one may go, so the whole sidebar draws again.
    public void StartCategoryDrag(SidebarSection section)
    {
        DraggingCategory = section.Id;
        _redraw();
    }

    public void EndDrag()
    {
        Dragging = null;
        if (DraggingCategory is not null)
        {
            DraggingCategory = null;
            _redraw();
        }
    }

    /// <summary>A drop on a category (or one of its channels): a dragged category takes that category's place; a dragged channel moves there.</summary>
    public Task DropAsync(SidebarSection to, string? beforeChannelId)
    {
        if (DraggingCategory is { } categoryId)
        {
            DraggingCategory = null;
            return categoryId == to.Id ? Task.CompletedTask : RunAsync(() => _editor.ReorderAsync(Sections, categoryId, to.Id));
        }

        var channelId = Dragging;
        Dragging = null;
        var item = Sections.SelectMany(s => s.Items).FirstOrDefault(i => i.Channel.Id == channelId);
        return item is null || !to.Accepts(item) || channelId == beforeChannelId ? Task.CompletedTask : RunAsync(() => _editor.MoveAsync(Sections, item.Channel.Id, to, beforeChannelId));
    }

    /// <summary>The category shown next to <paramref name="section"/> above (-1) or below (+1), if any: the keyboard's way to reorder.</summary>
    public SidebarSection? Neighbour(SidebarSection section, int direction)
    {
        var shown = Sections.Where(s => !s.IsFavorites || s.Items.Count > 0).ToList();
        var index = shown.FindIndex(s => s.Id == section.Id);
        var at = index + direction;
        return index >= 0 && at >= 0 && at < shown.Count ? shown[at] : null;
    }

    public Task MoveCategoryAsync(SidebarSection section, SidebarSection to) => RunAsync(() => _editor.ReorderAsync(Sections, section.Id, to.Id));

    public Task MoveAsync(SidebarItem item, SidebarSection to) => RunAsync(() => _editor.MoveAsync(Sections, item.Channel.Id, to, null));

    /// <summary>Favoriting moves a channel into Favorites; unfavoriting moves it back to Channels or Direct Messages, as in Mattermost.</summary>
    public Task ToggleFavoriteAsync(SidebarItem item)
    {
        var favorites = Sections.FirstOrDefault(s => s.IsFavorites);
        var isFavorite = favorites?.ChannelIds.Contains(item.Channel.Id) ?? false;
        var to = isFavorite
            ? Sections.FirstOrDefault(s => s.Type == (item.IsDirectOrGroup ? Suite.Channels.Sidebar.CategoryTypes.DirectMessages : Suite.Channels.Sidebar.CategoryTypes.Channels))
            : favorites;
        return to is null ? Task.CompletedTask : RunAsync(() => _editor.MoveAsync(Sections, item.Channel.Id, to, null));
    }

    public bool IsFavorite(SidebarItem item) => Sections.Any(s => s.IsFavorites && s.ChannelIds.Contains(item.Channel.Id));

    public Task ToggleCollapsedAsync(SidebarSection section) => RunAsync(() => _editor.SetCollapsedAsync(section, !section.Collapsed));

    public Task SetSortingAsync(SidebarSection section, string sorting) => RunAsync(() => _editor.SetSortingAsync(section, sorting));

    public Task SetMutedAsync(SidebarSection section, bool muted) => RunAsync(() => _editor.SetMutedAsync(section, muted));

    public Task DeleteAsync(SidebarSection section) => RunAsync(() => _editor.DeleteAsync(section));

    public void AskNewCategory(string? withChannelId = null)
    {
        OpenMenu = null;
        Naming = new CategoryNaming("Create a new category", "Create", "", name => _editor.CreateAsync(name, withChannelId is null ? [] : [withChannelId]));
        _redraw();
    }

    public void AskRename(SidebarSection section)
    {
        OpenMenu = null;
        Naming = new CategoryNaming("Rename category", "Rename", section.DisplayName, name => _editor.RenameAsync(section, name));
        _redraw();
    }

    public Task SubmitNameAsync(string name)
    {
        var naming = Naming;
        Naming = null;
        return naming is null || name.Trim().Length == 0 ? Task.CompletedTask : RunAsync(() => naming.Submit(name.Trim()));
    }

    public void CancelNaming() => Naming = null;

    private async Task RunAsync(Func<Task> change)
    {
        OpenMenu = null;
        Error = null;
        try
        {
            await change();
        }
        catch (AppErrorException ex)
        {
            Error = ex.Error.Message;
        }

        await _changed();
    }
}

/// <summary>A category name being asked for: the dialog's title, its button and what to do with the name.</summary>
public sealed record CategoryNaming(string Title, string Action, string Initial, Func<string, Task> Submit);
