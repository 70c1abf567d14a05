using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>A server restart under an open page: its own server, since the restart would disturb any other test.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReconnectTests : BrowserTest
{
    private WebTestHost _host = null!;
    private IPage _page = null!;

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("carol", _page)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        _page = await _host.NewUserPageAsync();
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser() => await _host.DisposeAsync();

    [Test]
    public async Task ServerRestart_ShowsReconnecting_ThenReconnectsByItselfAndKeepsTheDraft()
    {
        await _page.GotoAsync("signup");
        await _page.GetByLabel("Email").FillAsync("carol@example.com");
        await _page.GetByLabel("Username").FillAsync("carol");
        await _page.GetByLabel("Password").FillAsync("correct-horse-battery-staple");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await _page.GetByLabel("Team name").FillAsync("Ops");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Expect(_page.Locator(".channel-name")).ToHaveTextAsync("Town Square");
        var banner = _page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reconnecting" });
        await Expect(banner).ToBeHiddenAsync();

        await _host.StopServerAsync();
        await Expect(banner).ToBeVisibleAsync();
        await _page.Locator("#composer").FillAsync("written while the server was away");

        await _host.StartServerAgainAsync();

        await Expect(banner).ToBeHiddenAsync();
        await Expect(_page.Locator("#composer")).ToHaveValueAsync("written while the server was away");
        await _page.Locator("#composer").PressAsync("Enter");
        await Expect(_page.Locator(".message-body").Last).ToHaveTextAsync("written while the server was away");
        await Expect(_page).ToHaveURLAsync(new Regex("/ops/channels/town-square$"));
    }
}
