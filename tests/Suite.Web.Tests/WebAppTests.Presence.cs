using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    private IPage? _dana;

    [Test, Order(21)]
    public async Task PresenceDots_FollowTheOtherUserLive_OnlineThenDoNotDisturbThenOfflineWhenTheirPageCloses()
    {
        _dana = await _host.NewUserPageAsync();
        await SignUpAsync(_dana, "dana");
        await _dana.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Expect(_dana.Locator(".channel-name")).ToHaveTextAsync("Town Square");

        var direct = await DirectChannelNameAsync("bob", "dana");
        await _bob.GotoAsync("web-team/channels/town-square");
        await SendAsync(_dana, "Dana here, hi all");

        var sidebarDot = _bob.Locator($".sidebar-item[data-channel='{direct}'] .status-dot");
        var authorDot = _bob.Locator("#message-list .message", new() { HasText = "Dana here, hi all" }).Locator(".status-dot");
        await Expect(sidebarDot).ToHaveAttributeAsync("aria-label", "Online");
        await Expect(authorDot).ToHaveAttributeAsync("aria-label", "Online");
        await Expect(_dana.GetByRole(AriaRole.Button, new() { Name = "Your status: Online" })).ToBeVisibleAsync();

        // Closing the only page is the last connection closing.
        var context = _dana.Context;
        await _dana.CloseAsync();
        await Expect(sidebarDot).ToHaveAttributeAsync("aria-label", "Offline");
        await Expect(authorDot).ToHaveAttributeAsync("aria-label", "Offline");
        await Expect(sidebarDot).ToHaveClassAsync("status-dot offline");

        _dana = await context.NewPageAsync();
        await _dana.GotoAsync("web-team/channels/town-square");
        await Expect(sidebarDot).ToHaveAttributeAsync("aria-label", "Online");

        await _dana.GetByRole(AriaRole.Button, new() { Name = "Your status: Online" }).ClickAsync();
        await _dana.GetByRole(AriaRole.Menuitemradio, new() { Name = "Do not disturb" }).ClickAsync();

        await Expect(_dana.GetByRole(AriaRole.Button, new() { Name = "Your status: Do not disturb" })).ToBeVisibleAsync();
        await Expect(sidebarDot).ToHaveAttributeAsync("aria-label", "Do not disturb");
        await Expect(authorDot).ToHaveAttributeAsync("aria-label", "Do not disturb");
        await Expect(authorDot).ToHaveClassAsync("status-dot dnd");
        Assert.That(await StatusOverApiAsync("dana"), Is.EqualTo("dnd"), "the menu sets the same status the API reads");

        await _dana.Context.CloseAsync();
        _dana = null;
    }

    // Bob opens a direct channel with the user through the API; its name is how the sidebar marks it.
    private async Task<string> DirectChannelNameAsync(string username, string otherUsername)
    {
        using var client = await SignedInClientAsync(username);
        using var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v4/users/me", UriKind.Relative)));
        using var other = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/users/username/{otherUsername}", UriKind.Relative)));
        using var created = await client.PostAsJsonAsync("api/v4/channels/direct",
            new[] { me.RootElement.GetProperty("id").GetString(), other.RootElement.GetProperty("id").GetString() });
        created.EnsureSuccessStatusCode();
        using var channel = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return channel.RootElement.GetProperty("name").GetString()!;
    }

    private async Task<string> StatusOverApiAsync(string username)
    {
        using var client = await SignedInClientAsync("bob");
        using var user = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/users/username/{username}", UriKind.Relative)));
        using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/users/{user.RootElement.GetProperty("id").GetString()}/status", UriKind.Relative)));
        return status.RootElement.GetProperty("status").GetString()!;
    }

    private async Task<HttpClient> SignedInClientAsync(string username)
    {
        var client = _host.Server.CreateClient();
        using var login = await client.PostAsJsonAsync("api/v4/users/login", new { login_id = username, password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Headers.GetValues("Token").First());
        return client;
    }
}
