using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class SidebarAndThreadsWebTests
{
    private string _releaseThread = "";

    private static ILocator ThreadsItem(IPage page) => page.Locator(".sidebar-threads");

    private static ILocator ThreadInList(IPage page, string rootId) => page.Locator($".thread-item[data-thread-id='{rootId}']");

    [Test, Order(20)]
    public async Task ThreadsItem_CountsMentionsInFollowedThreads_AndTheViewListsThem()
    {
        await _page.GotoAsync("crew/channels/town-square");
        _releaseThread = await PostAsync(_alice, _channelIds["alpha-news"], "Release plan for Friday?");
        await PostAsync(_bob, _channelIds["alpha-news"], "@alice looks good to me", _releaseThread);

        await Expect(ThreadsItem(_page).Locator(".badge")).ToHaveTextAsync("1");
        await Expect(ThreadsItem(_page)).ToHaveClassAsync(new Regex(@"\bunread\b"));

        await ThreadsItem(_page).ClickAsync();

        await Expect(_page).ToHaveURLAsync(new Regex("/crew/threads$"));
        await Expect(ThreadsItem(_page)).ToHaveAttributeAsync("aria-current", "page");
        var item = ThreadInList(_page, _releaseThread);
        await Expect(item.Locator(".thread-root")).ToHaveTextAsync("Release plan for Friday?");
        await Expect(item.Locator(".thread-channel")).ToHaveTextAsync("Alpha News");
        await Expect(item.Locator(".reply-count")).ToHaveTextAsync("1 reply");
        await Expect(item.Locator(".badge")).ToHaveAttributeAsync("aria-label", "1 mentions");
    }

    [Test, Order(21)]
    public async Task OpeningAThread_ReadsIt_AndAReplyFromThePanelIsPosted()
    {
        await ThreadInList(_page, _releaseThread).Locator(".thread-root").ClickAsync();

        await Expect(_page).ToHaveURLAsync(new Regex($"/crew/threads/{_releaseThread}$"));
        var panel = _page.GetByRole(AriaRole.Complementary, new() { Name = "Thread" });
        await Expect(panel.Locator(".message-body")).ToHaveTextAsync(["Release plan for Friday?", "@alice looks good to me"]);
        await Expect(ThreadInList(_page, _releaseThread).Locator(".badge")).ToHaveCountAsync(0);
        await Expect(ThreadsItem(_page).Locator(".badge")).ToHaveCountAsync(0);
        await Expect(ThreadsItem(_otherBrowser).Locator(".badge")).ToHaveCountAsync(0);

        await panel.Locator("#thread-composer").FillAsync("Shipping it then");
        await panel.Locator("#thread-composer").PressAsync("Enter");

        await Expect(panel.Locator(".message-body").Last).ToHaveTextAsync("Shipping it then");
        await Expect(ThreadInList(_page, _releaseThread).Locator(".reply-count")).ToHaveTextAsync("2 replies");
        using var thread = await _bob.Client.GetAsync(new Uri($"/api/v4/posts/{_releaseThread}/thread", UriKind.Relative));
        Assert.That((await thread.Content.ReadAsStringAsync()).Contains("Shipping it then", StringComparison.Ordinal), Is.True);
    }

    [Test, Order(22)]
    public async Task AReplyToAnOpenThread_ShowsLive_AndAReplyElsewhereMarksItsThreadUnread()
    {
        await PostAsync(_bob, _channelIds["alpha-news"], "Deploy window is 9:00", _releaseThread);
        var panel = _page.GetByRole(AriaRole.Complementary, new() { Name = "Thread" });
        await Expect(panel.Locator(".message-body").Last).ToHaveTextAsync("Deploy window is 9:00");
        await Expect(ThreadInList(_page, _releaseThread)).Not.ToHaveClassAsync(new Regex(@"\bunread\b"));

        var other = await PostAsync(_alice, _channelIds["mid-talk"], "Lunch order?");
        await PostAsync(_bob, _channelIds["mid-talk"], "Pizza", other);

        await Expect(ThreadInList(_page, other)).ToHaveClassAsync(new Regex(@"\bunread\b"));
        await Expect(ThreadInList(_page, other).Locator(".thread-unread")).ToHaveTextAsync("1 new reply");
        Assert.That(await _page.Locator(".thread-item").First.GetAttributeAsync("data-thread-id"), Is.EqualTo(other), "the newest reply first");
    }

    [Test, Order(23)]
    public async Task Unfollowing_DropsTheThreadFromTheList_AndFollowingBringsItBack()
    {
        var panel = _page.GetByRole(AriaRole.Complementary, new() { Name = "Thread" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Unfollow" }).ClickAsync();

        await Expect(ThreadInList(_page, _releaseThread)).ToHaveCountAsync(0);
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true })).ToBeVisibleAsync();
        await Expect(ThreadInList(_otherBrowser, _releaseThread)).ToHaveCountAsync(0);

        await PostAsync(_bob, _channelIds["alpha-news"], "Anyone still here?", _releaseThread);
        await Expect(panel.Locator(".message-body").Last).ToHaveTextAsync("Anyone still here?");
        await Expect(ThreadInList(_page, _releaseThread)).ToHaveCountAsync(0);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true }).ClickAsync();
        await Expect(ThreadInList(_page, _releaseThread)).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Unfollow" })).ToBeVisibleAsync();
    }

    [Test, Order(24)]
    public async Task MarkAllAsRead_ClearsEveryUnreadThread_InEveryBrowserOfTheUser()
    {
        await _otherBrowser.GotoAsync("crew/threads");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Close thread" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/crew/threads$"));
        await PostAsync(_bob, _channelIds["alpha-news"], "@alice one more thing", _releaseThread);
        await Expect(ThreadInList(_page, _releaseThread)).ToHaveClassAsync(new Regex(@"\bunread\b"));
        await Expect(_page.Locator(".thread-item.unread")).ToHaveCountAsync(2);
        await Expect(ThreadsItem(_otherBrowser).Locator(".badge")).ToHaveTextAsync("1");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();

        await Expect(_page.Locator(".thread-item.unread")).ToHaveCountAsync(0);
        await Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" })).ToBeDisabledAsync();
        await Expect(_otherBrowser.Locator(".thread-item.unread")).ToHaveCountAsync(0);
        await Expect(ThreadsItem(_otherBrowser).Locator(".badge")).ToHaveCountAsync(0);
    }
}
