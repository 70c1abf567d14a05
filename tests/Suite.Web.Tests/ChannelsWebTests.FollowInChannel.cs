using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class ChannelsWebTests
{
    private ILocator ThreadPanel => _page.GetByRole(AriaRole.Complementary, new() { Name = "Thread" });

    private ILocator FollowButton => ThreadPanel.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true });

    private ILocator UnfollowButton => ThreadPanel.GetByRole(AriaRole.Button, new() { Name = "Unfollow", Exact = true });

    /// <summary>The ids of the threads Alice follows in the team, as the API answers.</summary>
    private async Task<string[]> FollowedAsync(string teamId) =>
        (await GetAsync(_alice, $"/api/v4/users/me/teams/{teamId}/threads?per_page=200")).GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();

    private async Task OpenThreadFromChannelAsync(string messageText)
    {
        var message = Message(_page, messageText);
        await message.HoverAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Reply in thread" }).ClickAsync();
        await Expect(ThreadPanel.Locator(".message-body").First).ToHaveTextAsync(messageText);
    }

    [Test, Order(20)]
    public async Task TheThreadPanelInAChannel_UnfollowsAndFollows_AndTheThreadsViewFollows()
    {
        var root = await PostAsync(_alice, _channelIds["retro"], "Who takes the retro notes?");
        await PostAsync(_bob, _channelIds["retro"], "I can", root);
        await _page.GotoAsync("crew/channels/retro");
        await _otherBrowser.GotoAsync("crew/threads");
        await Expect(_otherBrowser.Locator($".thread-item[data-thread-id='{root}']")).ToBeVisibleAsync();

        await OpenThreadFromChannelAsync("Who takes the retro notes?");
        await Expect(UnfollowButton).ToHaveAttributeAsync("aria-pressed", "true");

        await UnfollowButton.ClickAsync();

        await Expect(FollowButton).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(_otherBrowser.Locator($".thread-item[data-thread-id='{root}']")).ToHaveCountAsync(0);
        Assert.That(await FollowedAsync(_teamId), Does.Not.Contain(root));

        await FollowButton.ClickAsync();

        await Expect(UnfollowButton).ToBeVisibleAsync();
        await Expect(_otherBrowser.Locator($".thread-item[data-thread-id='{root}']")).ToBeVisibleAsync();
        Assert.That(await FollowedAsync(_teamId), Does.Contain(root));
    }

    [Test, Order(21)]
    public async Task AThreadOneNeverTookPartIn_OffersFollow_AndFollowingItListsIt()
    {
        var root = await PostAsync(_bob, _channelIds["retro"], "Bob's own idea");
        await PostAsync(_bob, _channelIds["retro"], "and more of it", root);

        await OpenThreadFromChannelAsync("Bob's own idea");
        await Expect(FollowButton).ToBeVisibleAsync();
        Assert.That(await FollowedAsync(_teamId), Does.Not.Contain(root));

        await FollowButton.ClickAsync();

        await Expect(UnfollowButton).ToBeVisibleAsync();
        await Expect(_otherBrowser.Locator($".thread-item[data-thread-id='{root}']")).ToBeVisibleAsync();
        Assert.That(await FollowedAsync(_teamId), Does.Contain(root));
    }

    [Test, Order(22)]
    public async Task TheFollowButton_ShowsChangesMadeElsewhere_AndAReplyFollowsAgain()
    {
        var root = await PostAsync(_alice, _channelIds["retro"], "Next retro date?");
        await PostAsync(_bob, _channelIds["retro"], "Thursday", root);
        await OpenThreadFromChannelAsync("Next retro date?");
        await Expect(UnfollowButton).ToBeVisibleAsync();

        using (var unfollowed = await _alice.Client.DeleteAsync(new Uri($"/api/v4/users/me/teams/{_teamId}/threads/{root}/following", UriKind.Relative)))
        {
            Assert.That(unfollowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await Expect(FollowButton).ToBeVisibleAsync();

        await ThreadPanel.Locator("#thread-composer").FillAsync("Thursday works");
        await ThreadPanel.Locator("#thread-composer").PressAsync("Enter");

        await Expect(ThreadPanel.Locator(".message-body").Last).ToHaveTextAsync("Thursday works");
        await Expect(UnfollowButton).ToBeVisibleAsync();
        Assert.That(await FollowedAsync(_teamId), Does.Contain(root));
    }
}
