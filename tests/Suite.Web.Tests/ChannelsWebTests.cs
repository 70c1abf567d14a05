using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Custom emoji, reordering sidebar categories, following threads from a channel's thread panel and paging the
/// Threads view, in a real browser: Alice works in one browser while a second browser of hers follows live.
/// One server and one Chromium for the fixture; each part has channels (or a team) of its own.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class ChannelsWebTests : BrowserTest
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
        _teamId = await CreateTeamWithBobAsync("crew");
        foreach (var name in new[] { "emoji-fun", "retro", "planning" })
        {
            _channelIds[name] = await CreateChannelWithBobAsync(_teamId, name);
        }

        _page = await WebSignIn.SignedInPageAsync(_host, "alice");
        _otherBrowser = await WebSignIn.SignedInPageAsync(_host, "alice");
        await _page.GotoAsync("crew/channels/town-square");
        await _otherBrowser.GotoAsync("crew/channels/off-topic");

        // A loaded machine can take longer than an assertion's wait to start a circuit.
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

    private async Task<string> CreateTeamWithBobAsync(string name)
    {
        var teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, name)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, teamId, _bob.Id);
        return teamId;
    }

    private async Task<string> CreateChannelWithBobAsync(string teamId, string name)
    {
        using var created = await _alice.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = teamId, name, display_name = name, type = "O" }));
        var channelId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using var joined = await _alice.Client.PostAsync($"/api/v4/channels/{channelId}/members", SuiteApi.Json(new { user_id = _bob.Id }));
        await joined.ReadJsonAsync(HttpStatusCode.Created);
        return channelId;
    }

    private static async Task<string> PostAsync(SignedInUser user, string channelId, string message, string rootId = "")
    {
        using var response = await user.Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message, root_id = rootId }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(SignedInUser user, string path)
    {
        using var response = await user.Client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static ILocator Message(IPage page, string text) => page.Locator("#message-list .message", new() { HasText = text });
}
