using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(15)]
    public async Task Typing_InTheComposer_ShowsTheOtherUserWhoIsTyping()
    {
        await Expect(_bob.Locator(".channel-name")).ToHaveTextAsync("Town Square");
        await _admin.Locator("#composer").PressSequentiallyAsync("drafting");

        await Expect(_bob.Locator(".channel-view .typing")).ToHaveTextAsync("admin is typing…");
        await Expect(_admin.Locator(".channel-view .typing")).ToBeEmptyAsync();
        await _admin.Locator("#composer").FillAsync("");
        await Expect(_bob.Locator(".channel-view .typing")).ToBeEmptyAsync(new() { Timeout = 10_000 });
        await Expect(_admin.Locator("#composer")).ToHaveValueAsync("");
    }

    [Test, Order(16)]
    public async Task Typing_AThreadReply_ShowsInThatThreadOnly()
    {
        var root = _admin.Locator("#message-list .message", new() { HasText = "Who is on call tonight?" });
        await root.HoverAsync();
        await root.GetByRole(AriaRole.Button, new() { Name = "Reply in thread" }).ClickAsync();
        // Bob still has this thread open from the reply he wrote earlier.
        var bobsThread = _bob.GetByRole(AriaRole.Complementary, new() { Name = "Thread" });
        await Expect(bobsThread).ToContainTextAsync("Who is on call tonight?");

        await _admin.Locator("#thread-composer").PressSequentiallyAsync("me");

        await Expect(bobsThread.Locator(".typing")).ToHaveTextAsync("admin is typing…");
        Assert.That((await _bob.Locator(".channel-view .typing").TextContentAsync() ?? "").Trim(), Is.Empty, "thread typing shows under the channel");
        await _admin.Locator("#thread-composer").FillAsync("");
        await _admin.GetByRole(AriaRole.Button, new() { Name = "Close thread" }).ClickAsync();
    }

    [Test, Order(17)]
    public async Task Search_FromTheHeader_JumpsToAnOlderMessageInAnotherChannelAndHighlightsIt()
    {
        var (userId, _) = await AdminAndTownSquareAsync();
        var offTopic = await ChannelIdAsync("off-topic");
        var sender = _host.Server.Service<ISender>();
        await sender.Send(new CreatePost { ChannelId = offTopic, UserId = userId, Message = "The zeppelin launch moved to Friday" });
        for (var i = 0; i < 65; i++)
        {
            await sender.Send(new CreatePost { ChannelId = offTopic, UserId = userId, Message = $"filler {i}" });
        }

        await _bob.GetByRole(AriaRole.Searchbox, new() { Name = "Search messages" }).FillAsync("zeppelin from:admin");
        await _bob.GetByRole(AriaRole.Searchbox, new() { Name = "Search messages" }).PressAsync("Enter");

        var results = _bob.GetByRole(AriaRole.Complementary, new() { Name = "Search results" });
        await Expect(results.Locator(".search-result")).ToHaveCountAsync(1);
        await Expect(results.Locator(".search-result")).ToContainTextAsync("in Off-Topic");
        await results.GetByRole(AriaRole.Link, new() { Name = "Jump to message" }).ClickAsync();

        await Expect(_bob).ToHaveURLAsync(new Regex("/web-team/channels/off-topic\\?post="));
        var target = _bob.Locator(".message.highlight");
        await Expect(target).ToContainTextAsync("The zeppelin launch moved to Friday");
        await Expect(target).ToBeInViewportAsync();

        // The same message named in another channel's address opens that channel as usual.
        var postId = new Uri(_bob.Url).Query.Split("post=")[1];
        await _bob.GotoAsync($"web-team/channels/town-square?post={postId}");
        await Expect(_bob.Locator("#message-list .message").Last).ToBeVisibleAsync();
        await Expect(_bob.Locator(".message.highlight")).ToHaveCountAsync(0);
        await Expect(_bob.Locator(".channel-view").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await _bob.GotoAsync("web-team/channels/town-square");
    }

    private async Task<string> ChannelIdAsync(string name)
    {
        using var client = _host.Server.CreateClient();
        using var login = await client.PostAsJsonAsync("api/v4/users/login", new { login_id = "admin", password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Headers.GetValues("Token").First());
        using var channel = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/teams/name/web-team/channels/name/{name}", UriKind.Relative)));
        return channel.RootElement.GetProperty("id").GetString()!;
    }
}
