using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class ChannelsWebTests
{
    private const int ThreadsPerPage = 100;

    [Test, Order(30)]
    public async Task TheThreadsView_ShowsAHundredThreads_AndLoadsTheRestOnRequest_KeepingThemWhenAReplyArrives()
    {
        // A team of its own, so that the count is exactly the threads made here.
        var teamId = await CreateTeamWithBobAsync("archive");
        var channelId = await CreateChannelWithBobAsync(teamId, "history");
        var roots = new List<string>();
        for (var i = 0; i < ThreadsPerPage + 5; i++)
        {
            var root = await PostAsync(_alice, channelId, $"Old topic {i:000}");
            await PostAsync(_alice, channelId, "noted", root);
            roots.Add(root);
        }

        await _page.GotoAsync("archive/threads");

        var items = _page.Locator(".thread-item");
        var loadMore = _page.GetByRole(AriaRole.Button, new() { Name = "Load more threads" });
        await Expect(items).ToHaveCountAsync(ThreadsPerPage);
        await Expect(items.First).ToHaveAttributeAsync("data-thread-id", roots[^1]);
        await Expect(_page.Locator($".thread-item[data-thread-id='{roots[0]}']")).ToHaveCountAsync(0);

        await loadMore.ClickAsync();

        await Expect(items).ToHaveCountAsync(ThreadsPerPage + 5);
        await Expect(items.Last).ToHaveAttributeAsync("data-thread-id", roots[0]);
        Assert.That(await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.threadId)"), Is.EqualTo(Enumerable.Reverse(roots).ToArray()));
        await Expect(loadMore).ToHaveCountAsync(0);

        await PostAsync(_bob, channelId, "reviving this", roots[0]);

        await Expect(items.First).ToHaveAttributeAsync("data-thread-id", roots[0]);
        await Expect(items.First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bunread\b"));
        await Expect(items).ToHaveCountAsync(ThreadsPerPage + 5);
        await Expect(loadMore).ToHaveCountAsync(0);
    }
}
