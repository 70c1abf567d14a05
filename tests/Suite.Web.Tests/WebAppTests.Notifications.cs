using System.Net.Http.Json;
using Microsoft.Playwright;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    // Records desktop notifications instead of showing them; the permission counts as granted.
    private const string RecordNotifications = """
        window.shownNotifications = [];
        window.Notification = class {
          static permission = "granted";
          static requestPermission() { return Promise.resolve("granted"); }
          constructor(title, options) { window.shownNotifications.push(title + " | " + options.body); }
          close() {}
        };
        """;

    [Test, Order(34)]
    public async Task DesktopNotifications_ForMentionsInOtherChannels_NeverForOtherPostsOrMutedChannels()
    {
        await _bob.Context.AddInitScriptAsync(RecordNotifications);
        await _bob.GotoAsync("web-team/channels/town-square");
        await Expect(_bob.Locator(".channel-name")).ToHaveTextAsync("Town Square");
        var (adminId, _) = await AdminAndTownSquareAsync();
        var offTopic = await ChannelIdAsync("off-topic");
        var sender = _host.Server.Service<ISender>();

        await sender.Send(new CreatePost { ChannelId = offTopic, UserId = adminId, Message = "nobody in particular, lunch is here" });
        await sender.Send(new CreatePost { ChannelId = offTopic, UserId = adminId, Message = "@bob the deploy finished" });
        await _bob.WaitForFunctionAsync("n => window.shownNotifications.length >= n", 1);
        Assert.That(await NotificationsAsync(), Is.EqualTo(new[] { "Off-Topic | @admin: @bob the deploy finished" }), "the default is mentions only");

        using var bob = await SignedInClientAsync("bob");
        using var muted = await bob.PutAsJsonAsync(new Uri($"api/v4/channels/{offTopic}/members/me/notify_props", UriKind.Relative), new { mark_unread = "mention" });
        muted.EnsureSuccessStatusCode();
        await Expect(_bob.Locator($".sidebar-item.muted", new() { HasText = "Off-Topic" })).ToBeVisibleAsync();
        await sender.Send(new CreatePost { ChannelId = offTopic, UserId = adminId, Message = "@bob muted channels stay quiet" });
        using var all = await bob.PutAsJsonAsync(new Uri($"api/v4/channels/{offTopic}/members/me/notify_props", UriKind.Relative), new { mark_unread = "all", desktop = "all" });
        all.EnsureSuccessStatusCode();
        await Expect(_bob.Locator($".sidebar-item.muted", new() { HasText = "Off-Topic" })).ToHaveCountAsync(0);
        await sender.Send(new CreatePost { ChannelId = offTopic, UserId = adminId, Message = "every post notifies now" });

        await _bob.WaitForFunctionAsync("n => window.shownNotifications.length >= n", 2);
        Assert.That((await NotificationsAsync())[1..], Is.EqualTo(new[] { "Off-Topic | @admin: every post notifies now" }), "nothing from the muted channel; everything once the channel says all");
        using var reset = await bob.PutAsJsonAsync(new Uri($"api/v4/channels/{offTopic}/members/me/notify_props", UriKind.Relative), new { desktop = "default" });
        reset.EnsureSuccessStatusCode();
    }

    private async Task<string[]> NotificationsAsync() => await _bob.EvaluateAsync<string[]>("() => window.shownNotifications");
}
