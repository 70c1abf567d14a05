using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Sidebar categories and the Threads view in a real browser, one story in order: Alice organises her sidebar in
/// one browser while a second browser of hers follows live, then reads and answers the threads Bob replies to.
/// One server and one Chromium for the fixture.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class SidebarAndThreadsWebTests : BrowserTest
{
    private WebTestHost _host = null!;
    private SignedInUser _alice = null!;
    private SignedInUser _bob = null!;
    private string _teamId = "";
    private readonly Dictionary<string, string> _channelIds = [];
    private IPage _page = null!;
    private IPage _otherBrowser = null!;

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("alice", _page), ("alice-elsewhere", _otherBrowser)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        var api = new SuiteApi(_host.Server);
        using var systemAdmin = await api.SignUpAndLoginAsync();
        _alice = await api.SignUpAndLoginAsync("alice");
        _bob = await api.SignUpAndLoginAsync("bob");
        _teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, "crew")).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, _teamId, _bob.Id);
        foreach (var (name, display) in new[] { ("alpha-news", "Alpha News"), ("zulu-ops", "Zulu Ops"), ("mid-talk", "Mid Talk") })
        {
            using var created = await _alice.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = _teamId, name, display_name = display, type = "O" }));
            _channelIds[name] = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
            using var joined = await _alice.Client.PostAsync($"/api/v4/channels/{_channelIds[name]}/members", SuiteApi.Json(new { user_id = _bob.Id }));
            await joined.ReadJsonAsync(HttpStatusCode.Created);
        }

        using var townSquare = await _alice.Client.GetAsync(new Uri("/api/v4/teams/name/crew/channels/name/town-square", UriKind.Relative));
        _channelIds["town-square"] = (await townSquare.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;

        _page = await WebSignIn.SignedInPageAsync(_host, "alice");
        _otherBrowser = await WebSignIn.SignedInPageAsync(_host, "alice");
        await _page.GotoAsync("crew/channels/town-square");
        await _otherBrowser.GotoAsync("crew/channels/off-topic");

        // The story starts once both pages show their sidebar; a loaded machine can take longer than an assertion's wait to start a circuit.
        await Expect(_page.Locator(".sidebar-category").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(_otherBrowser.Locator(".sidebar-category").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _alice?.Dispose();
        _bob?.Dispose();
        await _host.DisposeAsync();
    }

    private static ILocator Category(IPage page, string name) => page.Locator($".sidebar-category[data-category='{name}']");

    private static ILocator ChannelIn(IPage page, string category, string channel) => Category(page, category).Locator($".sidebar-item[data-channel='{channel}']");

    private static Task<string[]> ChannelOrderAsync(IPage page, string category) =>
        Category(page, category).Locator(".sidebar-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.channel)");

    private static async Task ChooseAsync(IPage page, string menu, string item)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Menu, new() { Name = menu }).GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true }).Or(
            page.GetByRole(AriaRole.Menu, new() { Name = menu }).GetByRole(AriaRole.Menuitemradio, new() { Name = item, Exact = true })).ClickAsync();
    }

    /// <summary>Alice's categories in the team as the API answers them.</summary>
    private async Task<JsonElement> CategoriesAsync()
    {
        using var response = await _alice.Client.GetAsync(new Uri($"/api/v4/users/me/teams/{_teamId}/channels/categories", UriKind.Relative));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private async Task<JsonElement> CategoryAsync(string displayName) =>
        (await CategoriesAsync()).GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("display_name").GetString() == displayName);

    private static async Task<string> PostAsync(SignedInUser user, string channelId, string message, string rootId = "")
    {
        using var response = await user.Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message, root_id = rootId }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }
}
