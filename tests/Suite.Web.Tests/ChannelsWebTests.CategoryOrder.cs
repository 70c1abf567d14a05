using System.Net;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class ChannelsWebTests
{
    private static ILocator Category(IPage page, string name) => page.Locator($".sidebar-category[data-category='{name}']");

    private static ILocator CategoryHeading(IPage page, string name) => Category(page, name).Locator(".sidebar-category-header");

    private static Task<string[]> CategoryOrderAsync(IPage page) =>
        page.Locator(".sidebar-category").EvaluateAllAsync<string[]>("s => s.map(c => c.dataset.category)");

    /// <summary>Alice's category names in the team, in the order the API answers.</summary>
    private async Task<string[]> StoredCategoryOrderAsync()
    {
        var order = (await GetAsync(_alice, $"/api/v4/users/me/teams/{_teamId}/channels/categories/order")).EnumerateArray().Select(id => id.GetString()!).ToList();
        var names = (await GetAsync(_alice, $"/api/v4/users/me/teams/{_teamId}/channels/categories")).GetProperty("categories").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("display_name").GetString()!);
        return order.Select(id => names[id]).ToArray();
    }

    [Test, Order(10)]
    public async Task DraggingACategoryOntoAnother_PutsItInThatPlace_ForTheOtherBrowserToo_AndAfterAReload()
    {
        using var created = await _alice.Client.PostAsync(
            $"/api/v4/users/me/teams/{_teamId}/channels/categories", SuiteApi.Json(new { user_id = _alice.Id, team_id = _teamId, display_name = "Projects" }));
        await created.ReadJsonAsync(HttpStatusCode.OK);
        await _page.GotoAsync("crew/channels/town-square");
        await _otherBrowser.GotoAsync("crew/channels/town-square");
        await Expect(Category(_page, "Projects")).ToBeVisibleAsync();
        var before = await CategoryOrderAsync(_page);
        Assert.That(before, Is.EquivalentTo(new[] { "Projects", "Channels", "Direct Messages" }));
        Assert.That(before[^1], Is.EqualTo("Direct Messages"));

        // Up: the dragged category lands above the one it was dropped on.
        await CategoryHeading(_page, "Direct Messages").DragToAsync(Category(_page, before[0]));

        string[] up = ["Direct Messages", .. before[..^1]];
        await Expect(_page.Locator(".sidebar-category")).ToHaveCountAsync(3);
        await Expect(_page.Locator(".sidebar-category").First).ToHaveAttributeAsync("data-category", "Direct Messages");
        Assert.That(await CategoryOrderAsync(_page), Is.EqualTo(up));
        await Expect(_otherBrowser.Locator(".sidebar-category").First).ToHaveAttributeAsync("data-category", "Direct Messages");
        Assert.That(await CategoryOrderAsync(_otherBrowser), Is.EqualTo(up));
        Assert.That(await StoredCategoryOrderAsync(), Is.EqualTo((string[])["Favorites", .. up]), "the empty Favorites keeps its place");

        // Down: below the one it was dropped on, so the last place can be reached.
        await CategoryHeading(_page, "Direct Messages").DragToAsync(Category(_page, up[^1]));

        string[] down = [.. up[1..], "Direct Messages"];
        await Expect(_page.Locator(".sidebar-category").Last).ToHaveAttributeAsync("data-category", "Direct Messages");
        Assert.That(await CategoryOrderAsync(_page), Is.EqualTo(down));

        await _page.ReloadAsync();
        await Expect(_page.Locator(".sidebar-category").Last).ToHaveAttributeAsync("data-category", "Direct Messages");
        Assert.That(await CategoryOrderAsync(_page), Is.EqualTo(down));
        Assert.That(await StoredCategoryOrderAsync(), Is.EqualTo((string[])["Favorites", .. down]));
    }

    [Test, Order(11)]
    public async Task DraggingACategory_LeavesItsChannelsWhereTheyAre()
    {
        await _page.GetByRole(AriaRole.Button, new() { Name = "Channel options for retro" }).ClickAsync();
        await _page.GetByRole(AriaRole.Menu, new() { Name = "Channel options for retro" }).GetByRole(AriaRole.Menuitem, new() { Name = "Move to Projects" }).ClickAsync();
        await Expect(Category(_page, "Projects").Locator(".sidebar-item[data-channel='retro']")).ToBeVisibleAsync();
        var order = await CategoryOrderAsync(_page);
        var projectsAt = Array.IndexOf(order, "Projects");
        var target = order[projectsAt == 0 ? 1 : 0];

        await CategoryHeading(_page, "Projects").DragToAsync(Category(_page, target));

        await Expect(_page.Locator(".sidebar-category").Nth(Array.IndexOf(order, target))).ToHaveAttributeAsync("data-category", "Projects");
        await Expect(Category(_page, "Projects").Locator(".sidebar-item")).ToHaveCountAsync(1);
        await Expect(Category(_page, "Projects").Locator(".sidebar-item[data-channel='retro']")).ToBeVisibleAsync();
        await Expect(Category(_page, "Channels").Locator(".sidebar-item[data-channel='retro']")).ToHaveCountAsync(0);
    }

    [Test, Order(12)]
    public async Task TheCategoryMenu_MovesACategoryUpAndDown_ForKeyboardUsers()
    {
        var order = await CategoryOrderAsync(_page);
        var first = order[0];
        var second = order[1];
        var firstMenu = $"Category options for {first}";
        await _page.GetByRole(AriaRole.Button, new() { Name = firstMenu, Exact = true }).ClickAsync();
        var menu = _page.GetByRole(AriaRole.Menu, new() { Name = firstMenu });
        await Expect(menu.GetByRole(AriaRole.Menuitem, new() { Name = "Move category up" })).ToHaveCountAsync(0);

        await menu.GetByRole(AriaRole.Menuitem, new() { Name = "Move category down" }).ClickAsync();

        await Expect(_page.Locator(".sidebar-category").First).ToHaveAttributeAsync("data-category", second);
        Assert.That(await CategoryOrderAsync(_page), Is.EqualTo((string[])[second, first, .. order[2..]]));
        Assert.That(await StoredCategoryOrderAsync(), Is.EqualTo((string[])["Favorites", second, first, .. order[2..]]));

        await _page.GetByRole(AriaRole.Button, new() { Name = firstMenu, Exact = true }).ClickAsync();
        await menu.GetByRole(AriaRole.Menuitem, new() { Name = "Move category up" }).ClickAsync();

        await Expect(_page.Locator(".sidebar-category").First).ToHaveAttributeAsync("data-category", first);
        Assert.That(await CategoryOrderAsync(_page), Is.EqualTo(order));
    }
}
