using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class SidebarAndThreadsWebTests
{
    private static readonly Regex Unread = new(@"\bunread\b");
    private static readonly Regex Muted = new(@"\bmuted\b");

    [Test, Order(1)]
    public async Task Sidebar_ShowsTheDefaultCategoriesInOrder_AndLeavesAnEmptyFavoritesOut()
    {
        await Expect(_page.Locator(".sidebar-category")).ToHaveCountAsync(2);
        Assert.That(await _page.Locator(".sidebar-category").EvaluateAllAsync<string[]>("s => s.map(c => c.dataset.category)"), Is.EqualTo(new[] { "Channels", "Direct Messages" }));
        await Expect(ChannelIn(_page, "Channels", "zulu-ops")).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Navigation, new() { Name = "Channels" }).GetByRole(AriaRole.Link, new() { Name = "Threads" })).ToBeVisibleAsync();
    }

    [Test, Order(2)]
    public async Task Favorite_MovesTheChannelIntoFavoritesFirst_AndTheOtherBrowserFollowsLive()
    {
        await ChooseAsync(_page, "Channel options for Zulu Ops", "Favorite");

        await Expect(ChannelIn(_page, "Favorites", "zulu-ops")).ToBeVisibleAsync();
        await Expect(ChannelIn(_page, "Channels", "zulu-ops")).ToHaveCountAsync(0);
        Assert.That(await _page.Locator(".sidebar-category").First.GetAttributeAsync("data-category"), Is.EqualTo("Favorites"));
        await Expect(ChannelIn(_otherBrowser, "Favorites", "zulu-ops")).ToBeVisibleAsync();
        var favorites = await CategoryAsync("Favorites");
        Assert.That(favorites.GetProperty("channel_ids").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { _channelIds["zulu-ops"] }));

        await ChooseAsync(_page, "Channel options for Zulu Ops", "Unfavorite");

        await Expect(ChannelIn(_page, "Channels", "zulu-ops")).ToBeVisibleAsync();
        await Expect(Category(_page, "Favorites")).ToHaveCountAsync(0);
        await Expect(ChannelIn(_otherBrowser, "Channels", "zulu-ops")).ToBeVisibleAsync();
    }

    [Test, Order(3)]
    public async Task CustomCategory_IsCreatedRenamedFilledByMenuAndDeleted_WithTheOtherBrowserFollowing()
    {
        await _page.GetByRole(AriaRole.Button, new() { Name = "+ New category" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Create a new category" });
        await dialog.GetByLabel("Category name").FillAsync("Projects");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(Category(_page, "Projects")).ToBeVisibleAsync();
        await Expect(Category(_otherBrowser, "Projects")).ToBeVisibleAsync();
        Assert.That((await CategoryAsync("Projects")).GetProperty("type").GetString(), Is.EqualTo("custom"));

        await ChooseAsync(_page, "Channel options for Alpha News", "Move to Projects");
        await Expect(ChannelIn(_page, "Projects", "alpha-news")).ToBeVisibleAsync();
        await Expect(ChannelIn(_otherBrowser, "Projects", "alpha-news")).ToBeVisibleAsync();

        await ChooseAsync(_page, "Category options for Projects", "Rename category");
        var rename = _page.GetByRole(AriaRole.Dialog, new() { Name = "Rename category" });
        await Expect(rename.GetByLabel("Category name")).ToHaveValueAsync("Projects");
        await rename.GetByLabel("Category name").FillAsync("Work");
        await rename.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Expect(ChannelIn(_page, "Work", "alpha-news")).ToBeVisibleAsync();
        await Expect(Category(_otherBrowser, "Work")).ToBeVisibleAsync();

        await ChooseAsync(_page, "Category options for Work", "Delete category");
        await Expect(Category(_page, "Work")).ToHaveCountAsync(0);
        await Expect(ChannelIn(_page, "Channels", "alpha-news")).ToBeVisibleAsync();
        await Expect(Category(_otherBrowser, "Work")).ToHaveCountAsync(0);
    }

    [Test, Order(4)]
    public async Task DefaultCategory_OffersNoRenameOrDelete()
    {
        await _page.GetByRole(AriaRole.Button, new() { Name = "Category options for Channels", Exact = true }).ClickAsync();
        var menu = _page.GetByRole(AriaRole.Menu, new() { Name = "Category options for Channels" });
        await Expect(menu.GetByRole(AriaRole.Menuitem, new() { Name = "Mute category" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Menuitem, new() { Name = "Rename category" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Menuitem, new() { Name = "Delete category" })).ToHaveCountAsync(0);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Category options for Channels", Exact = true }).ClickAsync();
        await Expect(menu).ToHaveCountAsync(0);
    }

    [Test, Order(5)]
    public async Task Dragging_AChannelOntoACategoryMovesIt_AndOntoAnotherChannelMakesTheOrderManual()
    {
        await _page.GetByRole(AriaRole.Button, new() { Name = "+ New category" }).ClickAsync();
        await _page.GetByLabel("Category name").FillAsync("Later");
        await _page.GetByLabel("Category name").PressAsync("Enter");
        await Expect(Category(_page, "Later")).ToBeVisibleAsync();

        await ChannelIn(_page, "Channels", "mid-talk").DragToAsync(Category(_page, "Later"));
        await Expect(ChannelIn(_page, "Later", "mid-talk")).ToBeVisibleAsync();
        await Expect(ChannelIn(_otherBrowser, "Later", "mid-talk")).ToBeVisibleAsync();

        await ChannelIn(_page, "Channels", "zulu-ops").DragToAsync(_page.Locator(".sidebar-category[data-category='Later'] .sidebar-channel").First);
        await Expect(ChannelIn(_page, "Later", "zulu-ops")).ToBeVisibleAsync();
        Assert.That(await ChannelOrderAsync(_page, "Later"), Is.EqualTo(new[] { "zulu-ops", "mid-talk" }), "dropped before the channel it landed on");

        await ChooseAsync(_page, "Category options for Channels", "Sort alphabetically");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Category options for Channels", Exact = true }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Menu, new() { Name = "Category options for Channels" }).GetByRole(AriaRole.Menuitemradio, new() { Name = "Sort alphabetically" }))
            .ToHaveAttributeAsync("aria-checked", "true");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Category options for Channels", Exact = true }).ClickAsync();
        var channelsBefore = await ChannelOrderAsync(_page, "Channels");
        var last = channelsBefore[^1];
        await ChannelIn(_page, "Channels", last).DragToAsync(_page.Locator(".sidebar-category[data-category='Channels'] .sidebar-channel").First);
        await Expect(_page.Locator(".sidebar-category[data-category='Channels'] .sidebar-item").First).ToHaveAttributeAsync("data-channel", last);
        var channels = await CategoryAsync("Channels");
        Assert.That(channels.GetProperty("sorting").GetString(), Is.EqualTo("manual"));
        Assert.That(channels.GetProperty("channel_ids")[0].GetString(), Is.EqualTo(_channelIds[last]));
        await Expect(_otherBrowser.Locator(".sidebar-category[data-category='Channels'] .sidebar-item").First).ToHaveAttributeAsync("data-channel", last);
    }

    [Test, Order(6)]
    public async Task Sorting_AlphabeticalAndByRecentActivity_OrderTheCategorysChannels()
    {
        await ChooseAsync(_page, "Category options for Later", "Sort alphabetically");
        await Expect(_page.Locator(".sidebar-category[data-category='Later'] .sidebar-item").First).ToHaveAttributeAsync("data-channel", "mid-talk");
        Assert.That((await CategoryAsync("Later")).GetProperty("sorting").GetString(), Is.EqualTo("alpha"));

        await ChooseAsync(_page, "Category options for Later", "Sort by recent activity");
        await PostAsync(_bob, _channelIds["zulu-ops"], "zulu has news");
        await Expect(_page.Locator(".sidebar-category[data-category='Later'] .sidebar-item").First).ToHaveAttributeAsync("data-channel", "zulu-ops");
        await PostAsync(_bob, _channelIds["mid-talk"], "mid has newer news");
        await Expect(_page.Locator(".sidebar-category[data-category='Later'] .sidebar-item").First).ToHaveAttributeAsync("data-channel", "mid-talk");
        Assert.That((await CategoryAsync("Later")).GetProperty("sorting").GetString(), Is.EqualTo("recent"));
    }

    [Test, Order(7)]
    public async Task Collapsing_ACategoryHidesItsReadChannels_ShowsUnreadOnes_AndStaysCollapsedAfterAReload()
    {
        foreach (var (channel, title) in new[] { ("mid-talk", "Mid Talk"), ("zulu-ops", "Zulu Ops"), ("town-square", "Town Square") })
        {
            await _page.Locator($".sidebar-item[data-channel='{channel}']").ClickAsync();
            await Expect(_page.Locator(".channel-name")).ToHaveTextAsync(title);
        }

        await Expect(ChannelIn(_page, "Later", "zulu-ops")).Not.ToHaveClassAsync(Unread);
        var heading = Category(_page, "Later").GetByRole(AriaRole.Button, new() { Name = "Later", Exact = true });
        await Expect(heading).ToHaveAttributeAsync("aria-expanded", "true");

        await heading.ClickAsync();

        await Expect(heading).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Category(_page, "Later").Locator(".sidebar-item")).ToHaveCountAsync(0);
        Assert.That((await CategoryAsync("Later")).GetProperty("collapsed").GetBoolean(), Is.True);
        await Expect(Category(_otherBrowser, "Later").Locator(".sidebar-item")).ToHaveCountAsync(0);

        await PostAsync(_bob, _channelIds["zulu-ops"], "something new in zulu");
        await Expect(ChannelIn(_page, "Later", "zulu-ops")).ToHaveClassAsync(Unread);
        await Expect(ChannelIn(_page, "Later", "mid-talk")).ToHaveCountAsync(0);

        await _page.ReloadAsync();
        await Expect(Category(_page, "Later").GetByRole(AriaRole.Button, new() { Name = "Later", Exact = true })).ToHaveAttributeAsync("aria-expanded", "false");

        await Category(_page, "Later").GetByRole(AriaRole.Button, new() { Name = "Later", Exact = true }).ClickAsync();
        await Expect(ChannelIn(_page, "Later", "mid-talk")).ToBeVisibleAsync();
    }

    [Test, Order(8)]
    public async Task MutingACategory_DimsItsChannels_AndUnmutingRestoresThem()
    {
        await ChooseAsync(_page, "Category options for Later", "Mute category");

        await Expect(ChannelIn(_page, "Later", "zulu-ops")).ToHaveClassAsync(Muted);
        await Expect(ChannelIn(_page, "Later", "mid-talk")).ToHaveClassAsync(Muted);
        await Expect(ChannelIn(_page, "Channels", "town-square")).Not.ToHaveClassAsync(Muted);
        Assert.That(await ChannelIn(_page, "Later", "zulu-ops").EvaluateAsync<string>("e => getComputedStyle(e).opacity"), Is.EqualTo("0.55"));

        await ChooseAsync(_page, "Category options for Later", "Unmute category");
        await Expect(ChannelIn(_page, "Later", "zulu-ops")).Not.ToHaveClassAsync(Muted);
    }
}
