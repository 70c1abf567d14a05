using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// The web app in a real browser: one server and one Chromium for the fixture; the tests run in
/// order because they share a story (the first account signs up, creates a team, a second joins).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class WebAppTests : BrowserTest
{
    private const string Password = "correct-horse-battery-staple";
    private WebTestHost _host = null!;
    private IPage _admin = null!;
    private IPage _bob = null!;
    private IPage? _phone;

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        _admin = await _host.NewUserPageAsync();
        _bob = await _host.NewUserPageAsync();
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser() => await _host.DisposeAsync();

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("admin", _admin), ("bob", _bob), ("dana", _dana), ("phone", _phone)];

    [Test, Order(1)]
    public async Task SignUp_FirstAccount_IsSystemAdminAndCreatesATeam()
    {
        await SignUpAsync(_admin, "admin");
        await Expect(_admin.GetByRole(AriaRole.Link, new() { Name = "System Console" })).ToBeVisibleAsync();

        await _admin.GetByLabel("Team name").FillAsync("Web Team");
        await _admin.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();

        await Expect(_admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/web-team/channels/town-square$"));
        await Expect(_admin.Locator(".channel-name")).ToHaveTextAsync("Town Square");
    }

    [Test, Order(2)]
    public async Task SignUp_SecondAccount_JoinsTheTeamAndIsNoAdmin()
    {
        await SignUpAsync(_bob, "bob");
        await Expect(_bob.GetByRole(AriaRole.Link, new() { Name = "System Console" })).ToHaveCountAsync(0);

        await _bob.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();

        await Expect(_bob.Locator(".channel-name")).ToHaveTextAsync("Town Square");
    }

    [Test, Order(3)]
    public async Task Post_ByOneUser_AppearsLiveForTheOtherWithAnUnreadMentionBadge()
    {
        await _admin.GotoAsync("web-team/channels/off-topic");
        await Expect(_admin.Locator(".channel-name")).ToHaveTextAsync("Off-Topic");

        await SendAsync(_bob, "Hello @admin, welcome aboard");

        var townSquare = _admin.Locator(".sidebar-item[data-channel='town-square']");
        await Expect(townSquare).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"));
        await Expect(townSquare.Locator(".badge")).ToHaveTextAsync("1");

        await townSquare.ClickAsync();
        await Expect(_admin.Locator(".message-body").Last).ToContainTextAsync("Hello @admin, welcome aboard");
        await Expect(_admin.Locator(".message-body .mention").Last).ToHaveTextAsync("@admin");
        await Expect(townSquare.Locator(".badge")).ToHaveCountAsync(0);

        await SendAsync(_admin, "Thanks bob!");
        await Expect(_bob.Locator(".message-body").Last).ToContainTextAsync("Thanks bob!");
    }

    [Test, Order(14)]
    public async Task SignedInUser_IsOnlineWhileTheAppIsOpen()
    {
        var (userId, _) = await AdminAndTownSquareAsync();
        using var client = _host.Server.CreateClient();
        using var login = await client.PostAsJsonAsync("api/v4/users/login", new { login_id = "bob", password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Headers.GetValues("Token").First());

        var status = "";
        for (var attempt = 0; attempt < 200 && status != "online"; attempt++)
        {
            using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/v4/users/{userId}/status", UriKind.Relative)));
            status = document.RootElement.GetProperty("status").GetString()!;
            if (status != "online")
            {
                await Task.Delay(50);
            }
        }

        Assert.That(status, Is.EqualTo("online"), "the admin's open page counts as a connection");
    }

    [Test, Order(4)]
    public async Task Message_WithScriptAndImageHandler_RendersAsTextAndRunsNothing()
    {
        var dialogs = 0;
        void OnDialog(object? sender, IDialog dialog)
        {
            dialogs++;
            _ = dialog.DismissAsync();
        }

        _admin.Dialog += OnDialog;
        _bob.Dialog += OnDialog;
        const string Hostile = "<script>alert('s')</script> and <img src=x onerror=alert('i')> [click](javascript:alert('l'))";

        await SendAsync(_bob, Hostile);

        var rendered = _admin.Locator(".message-body").Last;
        await Expect(rendered).ToContainTextAsync("<script>alert('s')</script>");
        await Expect(rendered).ToContainTextAsync("<img src=x onerror=alert('i')>");
        Assert.That(await _admin.Locator(".message-body script, .message-body img[onerror], .message-body a[href^='javascript']").CountAsync(), Is.Zero);
        await rendered.GetByText("click").ClickAsync();
        await _admin.WaitForTimeoutAsync(300);
        Assert.That(dialogs, Is.Zero);
        _admin.Dialog -= OnDialog;
        _bob.Dialog -= OnDialog;
    }

    [Test, Order(5)]
    public async Task ThreadReplyAndReaction_ShowForBothUsers()
    {
        await SendAsync(_admin, "Who is on call tonight?");
        var root = _bob.Locator(".message", new() { HasText = "Who is on call tonight?" });
        await root.HoverAsync();
        await root.GetByRole(AriaRole.Button, new() { Name = "React with thumbs up" }).ClickAsync();
        await Expect(_admin.Locator(".message", new() { HasText = "Who is on call tonight?" }).Locator(".reaction")).ToContainTextAsync("1");

        await root.HoverAsync();
        await root.GetByRole(AriaRole.Button, new() { Name = "Reply in thread" }).ClickAsync();
        await _bob.Locator("#thread-composer").FillAsync("I am");
        await _bob.Locator("#thread-composer").PressAsync("Enter");

        await Expect(_bob.Locator(".thread-messages .message-body").Last).ToHaveTextAsync("I am");
        await Expect(_admin.Locator(".message", new() { HasText = "Who is on call tonight?" }).Locator(".reply-count")).ToHaveTextAsync("1 reply");
    }

    [Test, Order(6)]
    public async Task ChannelSwitcher_CtrlK_FindsAChannelAndOpensIt()
    {
        await _admin.Locator("#composer").ClickAsync();
        await _admin.Keyboard.PressAsync("Control+k");
        await _admin.GetByLabel("Find a channel").FillAsync("off");
        await _admin.GetByLabel("Find a channel").PressAsync("Enter");

        await Expect(_admin.Locator(".channel-name")).ToHaveTextAsync("Off-Topic");
        await _admin.GotoAsync("web-team/channels/town-square");
    }

    [Test, Order(7)]
    public async Task Draft_SurvivesAReload()
    {
        await _admin.Locator("#composer").FillAsync("half-written thought");
        await _admin.ReloadAsync();
        await Expect(_admin.Locator("#composer")).ToHaveValueAsync("half-written thought");
        await _admin.Locator("#composer").FillAsync("");
    }

    [Test, Order(8)]
    public async Task IncomingWebhookPost_ShowsItsNameWithABotTagAndItsIcon_AndItsAttachmentAsACard()
    {
        using var admin = await SignedInClientAsync("admin");
        var (_, channelId) = await AdminAndTownSquareAsync();
        using var created = await admin.PostAsJsonAsync("api/v4/hooks/incoming", new { channel_id = channelId, display_name = "Monitoring" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var hook = JsonDocument.Parse(await created.Content.ReadAsStringAsync());

        // Images from the test server itself: nothing leaves the machine, and a missing one only shows as broken.
        var images = new Uri(_host.Server.BaseAddress, "test-images/");
        var icon = new Uri(images, "alertmanager.png").ToString();
        var graph = new Uri(images, "disk.png").ToString();
        var thumb = new Uri(images, "db-1.png").ToString();
        using var anonymous = _host.Server.CreateClient();
        using var posted = await anonymous.PostAsJsonAsync($"hooks/{hook.RootElement.GetProperty("id").GetString()}", new
        {
            username = "alertmanager",
            icon_url = icon,
            attachments = new[]
            {
                new
                {
                    color = "danger",
                    pretext = "Alert fired",
                    author_name = "Prometheus",
                    author_link = "https://prometheus.example/alerts",
                    title = "Disk almost full",
                    title_link = "https://status.example/disk",
                    text = "Only *3%* left on db-1",
                    fields = new[] { new { title = "Host", value = "db-1", @short = true } },
                    image_url = graph,
                    thumb_url = thumb,
                    footer = "Alertmanager",
                },
            },
        });
        posted.EnsureSuccessStatusCode();

        var message = _bob.Locator("#message-list .message").Last;
        await Expect(message.Locator(".author")).ToHaveTextAsync("alertmanager");
        await Expect(message.Locator(".bot-tag")).ToHaveTextAsync("BOT");
        await Expect(message.Locator("img.avatar")).ToHaveAttributeAsync("src", icon);
        var card = message.Locator(".attachment");
        await Expect(card).ToHaveCSSAsync("border-left-color", "rgb(224, 30, 90)");
        await Expect(card.Locator(".attachment-pretext")).ToHaveTextAsync("Alert fired");
        await Expect(card.Locator(".attachment-author a")).ToHaveTextAsync("Prometheus");
        await Expect(card.Locator(".attachment-author a")).ToHaveAttributeAsync("href", "https://prometheus.example/alerts");
        await Expect(card.Locator(".attachment-title a")).ToHaveTextAsync("Disk almost full");
        await Expect(card.Locator(".attachment-title a")).ToHaveAttributeAsync("href", "https://status.example/disk");
        await Expect(card.Locator(".attachment-text em")).ToHaveTextAsync("3%");
        await Expect(card.Locator(".attachment-fields dt")).ToHaveTextAsync("Host");
        await Expect(card.Locator(".attachment-fields dd")).ToHaveTextAsync("db-1");
        await Expect(card.Locator("img.attachment-image")).ToHaveAttributeAsync("src", graph);
        await Expect(card.Locator("img.attachment-thumb")).ToHaveAttributeAsync("src", thumb);
        await Expect(card.Locator(".attachment-footer")).ToHaveTextAsync("Alertmanager");

        // A person's post carries no tag.
        await Expect(_bob.Locator("#message-list .message", new() { HasText = "Who is on call tonight?" }).Locator(".bot-tag")).ToHaveCountAsync(0);
    }

    // Last in the story: it adds a member (the bot) to the team, which no earlier test expects.
    [Test, Order(38)]
    public async Task BotAccountPost_ShowsTheBotsNameWithABotTag()
    {
        using var admin = await SignedInClientAsync("admin");
        var (_, channelId) = await AdminAndTownSquareAsync();
        using var team = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v4/teams/name/web-team", UriKind.Relative)));
        using var createdBot = await admin.PostAsJsonAsync("api/v4/bots", new { username = "nightly", display_name = "Nightly builds" });
        Assert.That(createdBot.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var bot = JsonDocument.Parse(await createdBot.Content.ReadAsStringAsync());
        var botId = bot.RootElement.GetProperty("user_id").GetString()!;
        (await admin.PostAsJsonAsync($"api/v4/teams/{team.RootElement.GetProperty("id").GetString()}/members", new { team_id = team.RootElement.GetProperty("id").GetString(), user_id = botId })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"api/v4/channels/{channelId}/members", new { user_id = botId })).EnsureSuccessStatusCode();
        using var createdToken = await admin.PostAsJsonAsync($"api/v4/users/{botId}/tokens", new { description = "web test" });
        createdToken.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await createdToken.Content.ReadAsStringAsync());
        using var asBot = _host.Server.CreateClient();
        asBot.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("token").GetString());

        await _admin.GotoAsync("web-team/channels/town-square");
        (await asBot.PostAsJsonAsync("api/v4/posts", new { channel_id = channelId, message = "Nightly build passed" })).EnsureSuccessStatusCode();

        var message = _admin.Locator("#message-list .message", new() { HasText = "Nightly build passed" });
        await Expect(message.Locator(".author")).ToHaveTextAsync("nightly");
        await Expect(message.Locator(".bot-tag")).ToHaveTextAsync("BOT");
    }

    [Test, Order(9)]
    public async Task UsersPage_ListsAndSearchesUsers()
    {
        await _admin.GotoAsync("admin/users");
        await Expect(_admin.Locator("tr[data-username='bob']")).ToBeVisibleAsync();
        await _admin.GetByLabel("Search users").FillAsync("bob");
        await _admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(_admin.Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Test, Order(10)]
    public async Task LicensePage_StartingATrial_UnlocksGatedFeatures()
    {
        await _admin.GotoAsync("admin/license");
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Free");
        await Expect(_admin.Locator("tr[data-feature] td.on")).ToHaveCountAsync(0);

        await _admin.GetByRole(AriaRole.Button, new() { Name = "Start a 30-day trial" }).ClickAsync();

        await Expect(_admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your trial has started." })).ToBeVisibleAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToContainTextAsync("(trial)");
        Assert.That(await _admin.Locator("tr[data-feature] td.on").CountAsync(), Is.GreaterThan(0));
    }

    private static async Task SignUpAsync(IPage page, string username)
    {
        await page.GotoAsync("signup");
        await page.GetByLabel("Email").FillAsync($"{username}@example.com");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Teams", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var composer = page.Locator("#composer");
        await composer.FillAsync(text);
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("");
    }

    private async Task<(string UserId, string ChannelId)> AdminAndTownSquareAsync()
    {
        using var client = _host.Server.CreateClient();
        using var login = await client.PostAsJsonAsync("api/v4/users/login", new { login_id = "admin", password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Headers.GetValues("Token").First());
        using var me = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        using var channel = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v4/teams/name/web-team/channels/name/town-square", UriKind.Relative)));
        return (me.RootElement.GetProperty("id").GetString()!, channel.RootElement.GetProperty("id").GetString()!);
    }
}
