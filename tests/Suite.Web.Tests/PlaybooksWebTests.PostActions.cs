using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>A message's "More actions" in the channel view: start a run from it, and add it to a run's timeline.</summary>
public sealed partial class PlaybooksWebTests
{
    private const string PostRunName = "EU payments failing";
    private string _postRunId = "";

    private static async Task<string> PostAsync(SignedInUser user, string channelId, string message)
    {
        using var response = await user.Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static async Task<ILocator> OpenMoreActionsAsync(IPage page, string postId)
    {
        var message = page.Locator($"#post-{postId}");
        await message.HoverAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "More actions" }).ClickAsync();
        return message.GetByRole(AriaRole.Menu, new() { Name = "More actions" });
    }

    [Test, Order(20)]
    public async Task StartARun_FromAMessagesActions_QuotesTheMessageInTheNewRunChannel_WhoseLinkLeadsBackToIt()
    {
        var postId = await PostAsync(_alice, _stakeholdersId, "Card payments fail for every EU customer");
        await _alicePage.GotoAsync($"{_teamName}/channels/stakeholders");
        await Expect(_alicePage.Locator($"#post-{postId}")).ToBeVisibleAsync();

        var menu = await OpenMoreActionsAsync(_alicePage, postId);
        await menu.GetByRole(AriaRole.Menuitem, new() { Name = "Start a run" }).ClickAsync();
        var dialog = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Start a run" });
        await Expect(dialog.Locator(".quoted-post")).ToHaveTextAsync("Card payments fail for every EU customer");
        await dialog.GetByLabel("Playbook").SelectOptionAsync(new SelectOptionValue { Label = "Database outage" });
        await dialog.GetByLabel("Run name").FillAsync(PostRunName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start run" }).ClickAsync();

        await Expect(_alicePage.Locator(".channel-name")).ToHaveTextAsync(PostRunName);
        var panel = _alicePage.GetByRole(AriaRole.Complementary, new() { Name = "Run" });
        _postRunId = (await panel.GetByRole(AriaRole.Link, new() { Name = PostRunName }).GetAttributeAsync("href"))!.Split('/').Last();
        var run = await GetAsync(_alice, $"runs/{_postRunId}");
        Assert.That(run.GetProperty("post_id").GetString(), Is.EqualTo(postId));
        Assert.That(run.GetProperty("playbook_id").GetString(), Is.EqualTo(_playbookId));

        var quote = _alicePage.Locator("#message-list .message").Filter(new() { HasText = "Original Post" });
        await Expect(quote).ToContainTextAsync("Card payments fail for every EU customer");

        // Message links open in a new tab; the permalink sends that tab to the message, highlighted.
        var original = await _alicePage.RunAndWaitForPopupAsync(() => quote.GetByRole(AriaRole.Link, new() { Name = "Original Post" }).ClickAsync());
        await Expect(original).ToHaveURLAsync(new Regex($"/{_teamName}/channels/stakeholders\\?post={postId}$"));
        await Expect(original.Locator($"#post-{postId}")).ToHaveClassAsync(new Regex("highlight"));
        await original.CloseAsync();
    }

    [Test, Order(21)]
    public async Task AddToRunTimeline_FromAMessagesActions_ChoosesAmongTheChannelsRuns_AndTheEntryNamesThePost()
    {
        var run = await GetAsync(_alice, $"runs/{_postRunId}");
        var channelId = run.GetProperty("channel_id").GetString()!;
        await _alicePage.GotoAsync($"playbooks/runs/{_postRunId}");
        await _alicePage.GetByRole(AriaRole.Link, new() { Name = "Go to channel" }).ClickAsync();
        await Expect(_alicePage.Locator(".channel-name")).ToHaveTextAsync(PostRunName);
        var postId = await PostAsync(_alice, channelId, "Root cause: the acquirer's certificate expired\nRenewal under way");
        await Expect(_alicePage.Locator($"#post-{postId}")).ToBeVisibleAsync();

        var menu = await OpenMoreActionsAsync(_alicePage, postId);
        await menu.GetByRole(AriaRole.Menuitem, new() { Name = "Add to run timeline" }).ClickAsync();
        var dialog = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Add to run timeline" });
        await Expect(dialog.GetByLabel("Run")).ToHaveValueAsync(_postRunId);
        await Expect(dialog.GetByLabel("Summary")).ToHaveValueAsync("Root cause: the acquirer's certificate expired");
        await dialog.GetByLabel("Summary").FillAsync("Root cause found");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var entry = (await GetAsync(_alice, $"runs/{_postRunId}")).GetProperty("timeline_events").EnumerateArray()
            .Single(e => e.GetProperty("event_type").GetString() == "event_from_post");
        Assert.That(entry.GetProperty("post_id").GetString(), Is.EqualTo(postId));
        Assert.That(entry.GetProperty("summary").GetString(), Is.EqualTo("Root cause found"));
        await _alicePage.GotoAsync($"playbooks/runs/{_postRunId}");
        await Expect(_alicePage.Locator(".timeline")).ToContainTextAsync("Root cause found");
    }
}
