using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Boards' screens beyond the kanban, in a real browser, in order: Alice's My work across two boards, the sidebar's
/// search across boards, sharing a read-only link that someone not signed in opens, a file attached to a card, card
/// templates, the CSV export of a view, moving a board between sidebar categories, and a CSV import into a board. One
/// server and one Chromium.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BoardsWorkWebTests : BrowserTest
{
    private const string TeamName = "crew";
    private const string ReleaseBoard = "Release board";
    private const string StatusId = "status";
    private const string OwnerId = "owner";
    private const string DueId = "due";
    private WebTestHost _host = null!;
    private SignedInUser _alice = null!;
    private SignedInUser _bob = null!;
    private IPage _page = null!;
    private IPage? _visitorPage;
    private string _teamId = "";
    private string _boardId = "";

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("alice", _page), ("visitor", _visitorPage)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync(extraSettings: new Dictionary<string, string?> { ["Suite:Boards:EnablePublicSharedBoards"] = "true" });
        var api = new SuiteApi(_host.Server);
        using var systemAdmin = await api.SignUpAndLoginAsync();
        _alice = await api.SignUpAndLoginAsync("alice");
        _bob = await api.SignUpAndLoginAsync("bob");
        _teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, TeamName)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, _teamId, _bob.Id);

        var today = DateTimeOffset.UtcNow.Date;
        _boardId = await BoardAsync(ReleaseBoard);
        await CardAsync(_boardId, "Fix the build", _alice.Id, new DateTimeOffset(today.AddDays(-2), TimeSpan.Zero));
        await CardAsync(_boardId, "Write release notes", _alice.Id, null);
        await CardAsync(_boardId, "Bob's task", _bob.Id, new DateTimeOffset(today, TimeSpan.Zero));
        var upgrade = await CardAsync(_boardId, "Upgrade cluster", "", null);
        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{_boardId}/blocks", new[]
        {
            new { id = "", boardId = _boardId, parentId = upgrade, type = "text", title = "Read the kubernetes notes first", schema = 1, fields = new { }, createAt = 1, updateAt = 1 },
        });
        var otherBoard = await BoardAsync("Hiring board");
        await CardAsync(otherBoard, "Interview Dana", _alice.Id, new DateTimeOffset(today.AddDays(40), TimeSpan.Zero));

        _page = await WebSignIn.SignedInPageAsync(_host, "alice");
        await _page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _alice?.Dispose();
        _bob?.Dispose();
        await _host.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task MyWork_ListsMyCardsFromEveryBoard_ByDueDate_AndOpensOne()
    {
        await _page.GotoAsync($"{TeamName}/boards");
        await Sidebar().GetByRole(AriaRole.Link, new() { Name = "My work" }).ClickAsync();

        await Expect(_page).ToHaveURLAsync(new Regex($"/{TeamName}/boards/my-work$"));
        await Expect(Group("Overdue").GetByRole(AriaRole.Link, new() { Name = "Fix the build" })).ToBeVisibleAsync();
        await Expect(Group("Later").GetByRole(AriaRole.Link, new() { Name = "Interview Dana" })).ToBeVisibleAsync();
        await Expect(Group("Later")).ToContainTextAsync("Hiring board");
        await Expect(Group("No due date").GetByRole(AriaRole.Link, new() { Name = "Write release notes" })).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Link, new() { Name = "Bob's task" })).ToHaveCountAsync(0);
        await Expect(Group("Today")).ToHaveCountAsync(0);

        await Group("Overdue").GetByRole(AriaRole.Link, new() { Name = "Fix the build" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Dialog, new() { Name = "Fix the build" })).ToBeVisibleAsync();
        await Expect(_page).ToHaveURLAsync(new Regex($"/{TeamName}/boards/{_boardId}\\?card="));
    }

    [Test, Order(2)]
    public async Task SidebarSearch_FindsACardByTheWordsOfItsContent_AndOpensIt()
    {
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}");
        await Sidebar().GetByLabel("Search all cards").FillAsync("kubernetes");
        await Sidebar().GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        // The first search of a fresh server also warms its query path up; a busy machine may take a while.
        var results = Sidebar().GetByRole(AriaRole.Region, new() { Name = "Card search results" });
        await Expect(results).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(results.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(results).ToContainTextAsync("text");
        await results.GetByRole(AriaRole.Link, new() { Name = "Upgrade cluster" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Upgrade cluster" });
        await Expect(dialog).ToContainTextAsync("Read the kubernetes notes first");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await Sidebar().GetByLabel("Search all cards").FillAsync("nothingmatchesthis");
        await Sidebar().GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Sidebar().GetByRole(AriaRole.Region, new() { Name = "Card search results" })).ToContainTextAsync("No card matches");
    }

    [Test, Order(3)]
    public async Task SharingDialog_TurnsOnALink_SomeoneNotSignedInReadsTheBoard_AndARegeneratedLinkRetiresTheOldOne()
    {
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Share the board" });
        await dialog.GetByLabel("Anyone with the link may read this board").CheckAsync();
        var linkBox = dialog.GetByLabel("Read-only link");
        await Expect(linkBox).ToHaveValueAsync(new Regex($"/boards/shared/{_boardId}\\?r=[a-z0-9]{{26}}$"));
        var link = await linkBox.InputValueAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied.");
        Assert.That(await _page.EvaluateAsync<string>("navigator.clipboard.readText()"), Is.EqualTo(link));

        _visitorPage = await _host.NewUserPageAsync();
        await _visitorPage.GotoAsync(link);
        await Expect(_visitorPage.GetByRole(AriaRole.Heading, new() { Name = ReleaseBoard })).ToBeVisibleAsync();
        await Expect(Card(_visitorPage.Locator(".kanban-column[aria-label^='To Do']"), "Fix the build")).ToBeVisibleAsync();
        await Expect(_visitorPage.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Regenerate link" }).ClickAsync();
        await Expect(linkBox).Not.ToHaveValueAsync(link);
        var newLink = await linkBox.InputValueAsync();
        await _visitorPage.GotoAsync(link);
        await Expect(_visitorPage.GetByText("access denied to board")).ToBeVisibleAsync();
        await _visitorPage.GotoAsync(newLink);
        await Expect(_visitorPage.GetByRole(AriaRole.Heading, new() { Name = ReleaseBoard })).ToBeVisibleAsync();

        await dialog.GetByLabel("Anyone with the link may read this board").UncheckAsync();
        await Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("The link no longer works.");
        var sharing = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}/sharing");
        Assert.That(sharing.GetProperty("enabled").GetBoolean(), Is.False);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
    }

    [Test, Order(4)]
    public async Task AttachingAFile_ToACard_ShowsItInTheCard_AndStoresItOnTheBoard()
    {
        var cardId = await CardIdAsync("Fix the build");
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}?card={cardId}");
        var actions = _page.GetByRole(AriaRole.Complementary, new() { Name = "Card actions" });
        await actions.Locator("#card-attach").SetInputFilesAsync(new FilePayload { Name = "build-log.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("error: missing semicolon") });

        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Fix the build" });
        await Expect(dialog.GetByRole(AriaRole.Link, new() { Name = "build-log.txt" })).ToBeVisibleAsync();
        await Expect(actions.GetByText("Uploading…")).ToHaveCountAsync(0);
        var blocks = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}/blocks?parent_id={cardId}&type=attachment");
        Assert.That(blocks.GetArrayLength(), Is.EqualTo(1));
        var fileId = blocks[0].GetProperty("fields").GetProperty("fileId").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{BoardsApi.Root}/files/teams/{_teamId}/{_boardId}/{fileId}");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var file = await _alice.Client.SendAsync(request);
        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await file.Content.ReadAsStringAsync(), Is.EqualTo("error: missing semicolon"));
        var card = (await BoardsApi.CardsAsync(_alice.Client, _boardId))["Fix the build"];
        Assert.That(card.GetProperty("fields").GetProperty("contentOrder").EnumerateArray().Select(e => e.ToString()), Does.Contain(blocks[0].GetProperty("id").GetString()));
    }

    [Test, Order(5)]
    public async Task ACardMarkedAsTemplate_LeavesTheView_AndANewCardFromItOpensWithItsContent()
    {
        var templateId = await CardIdAsync("Upgrade cluster");
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}?card={templateId}");
        await _page.GetByRole(AriaRole.Complementary, new() { Name = "Card actions" }).GetByLabel("Card template").CheckAsync();
        await _page.GetByRole(AriaRole.Dialog, new() { Name = "Upgrade cluster" }).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await Expect(_page.Locator(".kanban-card[data-card-title='Upgrade cluster']")).ToHaveCountAsync(0);
        var template = (await BoardsApi.CardsAsync(_alice.Client, _boardId))["Upgrade cluster"];
        Assert.That(template.GetProperty("fields").GetProperty("isTemplate").GetBoolean(), Is.True);

        await _page.GetByLabel("New card from template").SelectOptionAsync(new SelectOptionValue { Label = "Upgrade cluster" });
        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Upgrade cluster" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Read the kubernetes notes first");
        Assert.That(_page.Url, Does.Not.Contain(templateId));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(_page.Locator(".kanban-card[data-card-title='Upgrade cluster']")).ToHaveCountAsync(1);

        var cards = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}/blocks?type=card");
        var copies = cards.EnumerateArray().Where(c => c.GetProperty("title").GetString() == "Upgrade cluster").ToList();
        Assert.That(copies.Select(c => c.GetProperty("fields").TryGetProperty("isTemplate", out var t) && t.GetBoolean()), Is.EquivalentTo(new[] { true, false }));
    }

    [Test, Order(6)]
    public async Task ExportCsv_DownloadsTheOpenViewsCards()
    {
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}");
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path);

        Assert.That(download.SuggestedFilename, Is.EqualTo("Release-board.csv"));
        Assert.That(csv.Split('\n')[0], Does.StartWith("Name"));
        Assert.That(csv, Does.Contain("Fix the build").And.Contain("Write release notes").And.Contain("Bob's task"));
        await Expect(_page.GetByText(new Regex("Exported the view as CSV"))).ToBeVisibleAsync();
    }

    [Test, Order(7)]
    public async Task ABoard_MovesToANewSidebarCategory_AndBack()
    {
        await _page.GotoAsync($"{TeamName}/boards/{_boardId}");
        var category = Sidebar().GetByLabel($"Category of {ReleaseBoard}");
        await category.SelectOptionAsync(new SelectOptionValue { Label = "New category…" });
        await Sidebar().GetByLabel("New category name").FillAsync("Shipping");
        await Sidebar().GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var shipping = Sidebar().GetByRole(AriaRole.Region, new() { Name = "Shipping" });
        await Expect(shipping.GetByRole(AriaRole.Link, new() { Name = ReleaseBoard })).ToBeVisibleAsync();
        await Expect(Sidebar().GetByRole(AriaRole.Region, new() { Name = "Boards" }).GetByRole(AriaRole.Link, new() { Name = ReleaseBoard })).ToHaveCountAsync(0);
        Assert.That(await CategoryOfAsync(ReleaseBoard), Is.EqualTo("Shipping"));

        await Sidebar().GetByLabel($"Category of {ReleaseBoard}").SelectOptionAsync(new SelectOptionValue { Label = "Boards" });
        await Expect(Sidebar().GetByRole(AriaRole.Region, new() { Name = "Boards" }).GetByRole(AriaRole.Link, new() { Name = ReleaseBoard })).ToBeVisibleAsync();
        await Expect(shipping.GetByRole(AriaRole.Link, new() { Name = ReleaseBoard })).ToHaveCountAsync(0);
        Assert.That(await CategoryOfAsync(ReleaseBoard), Is.EqualTo("Boards"));
    }

    [Test, Order(8)]
    public async Task ASharedBoard_ShowsItsViewsReadOnly_AndChangesLive_UntilItsLinkIsTurnedOff()
    {
        var boardId = await BoardAsync("Shared roadmap");
        await CardAsync(boardId, "Plan the launch", _alice.Id, new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero));
        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            new { id = "", boardId, parentId = boardId, type = "view", title = "All rows", schema = 1, fields = (object)new { viewType = "table" }, createAt = 1, updateAt = 1 },
            new { id = "", boardId, parentId = boardId, type = "view", title = "Pictures", schema = 1, fields = (object)new { viewType = "gallery" }, createAt = 1, updateAt = 1 },
            new { id = "", boardId, parentId = boardId, type = "view", title = "Dates", schema = 1, fields = (object)new { viewType = "calendar", dateDisplayPropertyId = DueId }, createAt = 1, updateAt = 1 },
        });
        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = true, token = "live-link-token" });
        _visitorPage ??= await _host.NewUserPageAsync();

        await _visitorPage.GotoAsync($"boards/shared/{boardId}?r=live-link-token");
        var views = _visitorPage.GetByRole(AriaRole.Navigation, new() { Name = "Views" });
        var todo = _visitorPage.Locator(".kanban-column[aria-label^='To Do']");
        await Expect(Card(todo, "Plan the launch")).ToBeVisibleAsync();
        await Expect(_visitorPage.Locator(".kanban-add")).ToHaveCountAsync(0);
        await Expect(Card(todo, "Plan the launch")).ToHaveAttributeAsync("draggable", "false");

        await CardAsync(boardId, "Book the venue", "", null);
        await Expect(Card(todo, "Book the venue")).ToBeVisibleAsync();

        await views.GetByRole(AriaRole.Link, new() { Name = "All rows" }).ClickAsync();
        var table = _visitorPage.GetByRole(AriaRole.Table, new() { Name = "All rows" });
        await Expect(table).ToContainTextAsync("Book the venue");
        await Expect(table.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await views.GetByRole(AriaRole.Link, new() { Name = "Pictures" }).ClickAsync();
        await Expect(_visitorPage.Locator(".gallery-card[aria-label='Plan the launch']")).ToBeVisibleAsync();
        await views.GetByRole(AriaRole.Link, new() { Name = "Dates" }).ClickAsync();
        await Expect(_visitorPage.GetByRole(AriaRole.Grid)).ToContainTextAsync("Plan the launch");

        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = false, token = "live-link-token" });
        await CardAsync(boardId, "Secret after the link was off", "", null);
        await Expect(_visitorPage.GetByText("This link is no longer valid.")).ToBeVisibleAsync();
        await Expect(_visitorPage.GetByText("Secret after the link was off")).ToHaveCountAsync(0);
    }

    [Test, Order(9)]
    public async Task ImportCsv_IntoTheOpenBoard_AddsItsRowsAsCards_AndNamesTheRowsItCouldNotRead()
    {
        var boardId = await BoardAsync("Csv board");
        await _page.GotoAsync($"{TeamName}/boards/{boardId}");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Import CSV" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog, new() { Name = "Import CSV into Csv board" });
        var csv = $"Name,Status,Owner\nOrder badges,To Do,{_alice.User.Username}\nBook a room,Someday,\nPrint flyers,,{_bob.User.Username}\n";
        await dialog.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "cards.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported" })).ToHaveTextAsync("Imported 2 cards.");
        await Expect(dialog.GetByRole(AriaRole.List, new() { Name = "Rows not imported" })).ToContainTextAsync("Row 2: Status: \"Someday\" is not one of its options");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).First.ClickAsync();
        await Expect(Card(_page.Locator(".kanban-column[aria-label^='To Do']"), "Order badges")).ToBeVisibleAsync();
        await Expect(_page.Locator(".kanban-card[data-card-title='Print flyers']")).ToBeVisibleAsync();

        var cards = await BoardsApi.CardsAsync(_alice.Client, boardId);
        Assert.That(cards.Keys, Is.EquivalentTo(new[] { "Order badges", "Print flyers" }));
        Assert.That(BoardsApi.Property(cards["Print flyers"], OwnerId), Is.EqualTo(_bob.Id));
    }

    private static ILocator Card(ILocator column, string title) => column.Locator($".kanban-card[data-card-title='{title}']");

    private ILocator Sidebar() => _page.GetByRole(AriaRole.Navigation, new() { Name = "Boards" });

    private ILocator Group(string name) => _page.GetByRole(AriaRole.Region, new() { Name = name, Exact = true });

    private async Task<string> CardIdAsync(string title) =>
        (await BoardsApi.CardsAsync(_alice.Client, _boardId))[title].GetProperty("id").GetString()!;

    private async Task<string> CategoryOfAsync(string boardTitle)
    {
        var boardId = boardTitle == ReleaseBoard ? _boardId : throw new ArgumentException(boardTitle);
        var categories = await BoardsApi.GetAsync(_alice.Client, $"/teams/{_teamId}/categories");
        return categories.EnumerateArray()
            .First(c => c.GetProperty("boardMetadata").EnumerateArray().Any(m => m.GetProperty("boardID").GetString() == boardId))
            .GetProperty("name").GetString()!;
    }

    // A board of Alice's with a Status column, an owner, a due date and a kanban view grouped by status.
    private async Task<string> BoardAsync(string title)
    {
        var board = await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, "/boards", new
        {
            teamId = _teamId,
            type = "O",
            title,
            cardProperties = new object[]
            {
                new { id = StatusId, name = "Status", type = "select", options = new[] { new { id = "todo", value = "To Do", color = "propColorGray" } } },
                new { id = OwnerId, name = "Owner", type = "person", options = Array.Empty<object>() },
                new { id = DueId, name = "Due", type = "date", options = Array.Empty<object>() },
            },
        });
        var boardId = board.GetProperty("id").GetString()!;
        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            new { id = "", boardId, parentId = boardId, type = "view", title = "Board view", schema = 1, fields = new { viewType = "board", groupById = StatusId }, createAt = 1, updateAt = 1 },
        });
        await BoardsApi.AddMemberAsync(_alice.Client, boardId, _bob.Id, "editor");
        return boardId;
    }

    private async Task<string> CardAsync(string boardId, string title, string ownerId, DateTimeOffset? due)
    {
        var properties = new Dictionary<string, string> { [StatusId] = "todo" };
        if (ownerId.Length > 0)
        {
            properties[OwnerId] = ownerId;
        }

        if (due is { } day)
        {
            properties[DueId] = JsonSerializer.Serialize(new { from = day.ToUnixTimeMilliseconds() });
        }

        var card = await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title, contentOrder = Array.Empty<string>(), properties });
        return card.GetProperty("id").GetString()!;
    }
}
