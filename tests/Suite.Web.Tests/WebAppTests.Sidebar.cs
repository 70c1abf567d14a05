using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(26)]
    public async Task HeaderMemberCount_FollowsMembersLeavingAndJoining()
    {
        await _admin.GotoAsync("web-team/channels/off-topic");
        var offTopic = await ChannelIdAsync("off-topic");
        using var admin = await SignedInClientAsync("admin");
        var bobId = await UserIdAsync(admin, "bob");
        var members = await MemberCountAsync(admin, offTopic);
        var header = _admin.Locator(".channel-header");
        await Expect(header.GetByRole(AriaRole.Img, new() { Name = $"{members} members", Exact = true })).ToBeVisibleAsync();

        using (var removed = await admin.DeleteAsync(new Uri($"api/v4/channels/{offTopic}/members/{bobId}", UriKind.Relative)))
        {
            removed.EnsureSuccessStatusCode();
        }

        await Expect(header.GetByRole(AriaRole.Img, new() { Name = $"{members - 1} members", Exact = true })).ToBeVisibleAsync();

        using (var added = await admin.PostAsJsonAsync($"api/v4/channels/{offTopic}/members", new { user_id = bobId }))
        {
            added.EnsureSuccessStatusCode();
        }

        await Expect(header.GetByRole(AriaRole.Img, new() { Name = $"{members} members", Exact = true })).ToBeVisibleAsync();
    }

    [Test, Order(27)]
    public async Task Sidebar_AMutedChannelIsDimmedAndNeverBold_AnUnreadOneIsBold()
    {
        await _admin.GotoAsync("web-team/channels/town-square");
        var offTopic = await ChannelIdAsync("off-topic");
        using var admin = await SignedInClientAsync("admin");
        using var bob = await SignedInClientAsync("bob");
        var adminId = await UserIdAsync(admin, "admin");
        var item = _admin.Locator(".sidebar-item[data-channel='off-topic']");
        await Expect(item).Not.ToHaveClassAsync(new Regex("unread"));

        await PostAsync(bob, offTopic, "something worth reading");

        await Expect(item).ToHaveClassAsync(new Regex(@"\bunread\b"));
        Assert.That(await StyleAsync(item, "fontWeight"), Is.EqualTo("700"), "an unread channel is bold");
        Assert.That(await StyleAsync(item, "opacity"), Is.EqualTo("1"));

        await SetMarkUnreadAsync(admin, offTopic, adminId, "mention");
        await PostAsync(bob, offTopic, "chatter nobody needs to read now");

        await Expect(item).ToHaveClassAsync(new Regex(@"\bmuted\b"));
        await Expect(item).Not.ToHaveClassAsync(new Regex(@"\bunread\b"));
        Assert.That(await StyleAsync(item, "opacity"), Is.EqualTo("0.55"), "a muted channel is dimmed");
        Assert.That(await StyleAsync(item, "fontWeight"), Is.EqualTo("400"), "a muted channel is not bold, even with unread messages");

        await SetMarkUnreadAsync(admin, offTopic, adminId, "all");
        await Expect(item).Not.ToHaveClassAsync(new Regex(@"\bmuted\b"));
    }

    [Test, Order(28)]
    public async Task TeamRail_SwitchesBetweenTwoTeamsAndTheirChannels()
    {
        await _admin.GetByRole(AriaRole.Link, new() { Name = "Create or join a team" }).ClickAsync();
        await _admin.GetByLabel("Team name").FillAsync("Second Team");
        await _admin.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Expect(_admin).ToHaveURLAsync(new Regex("/second-team/channels/town-square$"));
        await SendAsync(_admin, "Only said in the second team");

        var teams = _admin.GetByRole(AriaRole.Navigation, new() { Name = "Teams" });
        var webTeam = teams.GetByRole(AriaRole.Link, new() { Name = "Web Team" });
        var secondTeam = teams.GetByRole(AriaRole.Link, new() { Name = "Second Team" });
        await Expect(secondTeam).ToHaveAttributeAsync("aria-current", "page");
        await Expect(teams.Locator("[aria-current]")).ToHaveCountAsync(1);
        var currentLook = await StyleAsync(secondTeam, "boxShadow");
        Assert.That(currentLook, Is.Not.EqualTo(await StyleAsync(webTeam, "boxShadow")), "the current team looks different from the others");

        await webTeam.ClickAsync();

        await Expect(_admin).ToHaveURLAsync(new Regex("/web-team/channels/"));
        await Expect(webTeam).ToHaveAttributeAsync("aria-current", "page");
        await Expect(teams.Locator("[aria-current]")).ToHaveCountAsync(1);
        Assert.That(await StyleAsync(webTeam, "boxShadow"), Is.EqualTo(currentLook));
        await Expect(_admin.Locator(".sidebar-item[data-channel='off-topic']")).ToBeVisibleAsync();
        await Expect(_admin.Locator("#message-list .message").First).ToBeVisibleAsync();
        await Expect(_admin.Locator("#message-list")).Not.ToContainTextAsync("Only said in the second team");

        await teams.GetByRole(AriaRole.Link, new() { Name = "Second Team" }).ClickAsync();

        await Expect(_admin).ToHaveURLAsync(new Regex("/second-team/channels/"));
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("Only said in the second team");
        await _admin.GotoAsync("web-team/channels/town-square");
    }

    private static async Task<string> UserIdAsync(HttpClient client, string username)
    {
        using var user = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/users/username/{username}", UriKind.Relative)));
        return user.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<long> MemberCountAsync(HttpClient client, string channelId)
    {
        using var stats = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/channels/{channelId}/stats", UriKind.Relative)));
        return stats.RootElement.GetProperty("member_count").GetInt64();
    }

    private static async Task SetMarkUnreadAsync(HttpClient client, string channelId, string userId, string markUnread)
    {
        using var response = await client.PutAsJsonAsync($"api/v4/channels/{channelId}/members/{userId}/notify_props", new { mark_unread = markUnread });
        response.EnsureSuccessStatusCode();
    }

    private static async Task PostAsync(HttpClient client, string channelId, string message)
    {
        using var response = await client.PostAsJsonAsync("api/v4/posts", new { channel_id = channelId, message });
        response.EnsureSuccessStatusCode();
    }

    private static Task<string> StyleAsync(ILocator element, string property) =>
        element.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");
}
