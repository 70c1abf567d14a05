using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using Suite.Testing.Boards;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Boards in a real browser, one story in order: Alice makes a board (empty, later from a template) and adds cards, Bob (an editor) watches her move
/// them live, a table is filtered, Carol (a viewer) cannot change anything, a board is linked to a channel, and a
/// Trello export is imported with nothing lost. One server and one Chromium for the fixture.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class BoardsWebTests : BrowserTest
{
    private const string TeamName = "ops";
    private const string BoardTitle = "Launch plan";
    private WebTestHost _host = null!;
    private SignedInUser _alice = null!;
    private SignedInUser _bob = null!;
    private SignedInUser _carol = null!;
    private IPage _alicePage = null!;
    private IPage _bobPage = null!;
    private IPage? _carolPage;
    private string _boardId = "";
    private string _statusId = "";

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("alice", _alicePage), ("bob", _bobPage), ("carol", _carolPage)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        var api = new SuiteApi(_host.Server);
        using var systemAdmin = await api.SignUpAndLoginAsync();
        _alice = await api.SignUpAndLoginAsync("alice");
        _bob = await api.SignUpAndLoginAsync("bob");
        _carol = await api.SignUpAndLoginAsync("carol");
        var teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, TeamName)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, teamId, _bob.Id);
        await SuiteApi.AddToTeamAsync(_alice.Client, teamId, _carol.Id);

        _alicePage = await WebSignIn.SignedInPageAsync(_host, "alice");
        _bobPage = await WebSignIn.SignedInPageAsync(_host, "bob");
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _alice?.Dispose();
        _bob?.Dispose();
        _carol?.Dispose();
        await _host.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task NewBoard_FromThePicker_OpensItsKanbanWithTheStatusColumns()
    {
        await _alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Boards" }).ClickAsync();
        await Expect(_alicePage).ToHaveURLAsync(new Regex($"/{TeamName}/boards$"));
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "+ Add board" }).ClickAsync();
        var picker = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Create a board" });
        await picker.GetByLabel("Title").FillAsync(BoardTitle);
        await picker.GetByRole(AriaRole.Radio, new() { Name = "Empty board" }).CheckAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "Create board" }).ClickAsync();

        await Expect(_alicePage).ToHaveURLAsync(new Regex($"/{TeamName}/boards/b[a-z0-9]{{26}}$"));
        _boardId = _alicePage.Url.Split('/').Last();
        await Expect(_alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Boards" }).GetByRole(AriaRole.Link, new() { Name = BoardTitle })).ToHaveAttributeAsync("aria-current", "page");
        foreach (var column in new[] { "No Status", "To Do", "In Progress", "Done" })
        {
            await Expect(Column(_alicePage, column)).ToBeVisibleAsync();
        }

        var board = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}");
        Assert.That(board.GetProperty("title").GetString(), Is.EqualTo(BoardTitle));
        _statusId = board.GetProperty("cardProperties")[0].GetProperty("id").GetString()!;
        await BoardsApi.AddMemberAsync(_alice.Client, _boardId, _bob.Id, "editor");
        await BoardsApi.AddMemberAsync(_alice.Client, _boardId, _carol.Id, "viewer");
    }

    [Test, Order(2)]
    public async Task AddCards_InAColumn_GivesThemThatColumnsStatus()
    {
        await Column(_alicePage, "To Do").GetByRole(AriaRole.Button, new() { Name = "New card in To Do" }).ClickAsync();
        foreach (var title in new[] { "Write docs", "Fix login", "Ship it" })
        {
            await _alicePage.GetByLabel("New card title").FillAsync(title);
            await _alicePage.GetByLabel("New card title").PressAsync("Enter");
            await Expect(Card(Column(_alicePage, "To Do"), title)).ToBeVisibleAsync();
        }

        await Expect(Column(_alicePage, "To Do").GetByTestId("column-count")).ToHaveTextAsync("3");
        await Column(_alicePage, "To Do").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        var cards = await BoardsApi.CardsAsync(_alice.Client, _boardId);
        var toDo = await OptionIdAsync("To Do");
        Assert.That(cards.Keys, Is.EquivalentTo(new[] { "Write docs", "Fix login", "Ship it" }));
        Assert.That(cards.Values.Select(c => BoardsApi.Property(c, _statusId)), Is.All.EqualTo(toDo));
    }

    [Test, Order(3)]
    public async Task DragACard_ToAnotherColumn_MovesItOnTheOtherEditorsScreenWithoutReloading()
    {
        await _bobPage.GotoAsync($"{TeamName}/boards/{_boardId}");
        await Expect(Card(Column(_bobPage, "To Do"), "Fix login")).ToBeVisibleAsync();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Card(_alicePage, "Fix login").DragToAsync(Column(_alicePage, "In Progress").Locator(".kanban-cards"));
        await Expect(Card(Column(_alicePage, "In Progress"), "Fix login")).ToBeVisibleAsync();
        var mover = clock.ElapsedMilliseconds;
        await Expect(Card(Column(_bobPage, "In Progress"), "Fix login")).ToBeVisibleAsync();
        TestContext.Out.WriteLine($"A drag to another column: on the mover's screen {mover} ms after it started, on the other editor's {clock.ElapsedMilliseconds} ms (the issue asks for under a second; reported, not asserted).");
        await Expect(Card(Column(_bobPage, "To Do"), "Fix login")).ToHaveCountAsync(0);

        var inProgress = await OptionIdAsync("In Progress");
        Assert.That(BoardsApi.Property((await BoardsApi.CardsAsync(_alice.Client, _boardId))["Fix login"], _statusId), Is.EqualTo(inProgress));
    }

    [Test, Order(4)]
    public async Task DragWithinAColumn_PutsTheCardWhereItWasDropped_ForEveryone()
    {
        await Card(_alicePage, "Ship it").DragToAsync(Card(_alicePage, "Write docs"));
        string[] expected = ["Ship it", "Write docs"];
        await Expect(Column(_alicePage, "To Do").Locator(".kanban-card").First).ToHaveAttributeAsync("data-card-title", "Ship it");
        await Expect(Column(_alicePage, "To Do").Locator(".kanban-card")).ToHaveCountAsync(2);
        Assert.That(await Titles(Column(_alicePage, "To Do")), Is.EqualTo(expected));
        await Expect(Column(_bobPage, "To Do").Locator(".kanban-card").First).ToHaveAttributeAsync("data-card-title", "Ship it");
    }

    [Test, Order(5)]
    public async Task Keyboard_SpacePicksACardUp_ArrowsMoveIt_SpacePutsItDown()
    {
        var card = Card(_alicePage, "Write docs");
        await card.FocusAsync();
        await card.PressAsync(" ");
        await Expect(card).ToHaveAttributeAsync("aria-pressed", "true");
        await _alicePage.Keyboard.PressAsync("ArrowRight");
        await Expect(Card(Column(_alicePage, "In Progress"), "Write docs")).ToBeFocusedAsync();
        await _alicePage.Keyboard.PressAsync("ArrowRight");
        await Expect(Card(Column(_alicePage, "Done"), "Write docs")).ToBeFocusedAsync();
        await _alicePage.Keyboard.PressAsync(" ");
        await Expect(_alicePage.GetByTestId("kanban-status")).ToHaveTextAsync("Put down Write docs in Done.");
        await Expect(Card(Column(_bobPage, "Done"), "Write docs")).ToBeVisibleAsync();

        var done = await OptionIdAsync("Done");
        Assert.That(BoardsApi.Property((await BoardsApi.CardsAsync(_alice.Client, _boardId))["Write docs"], _statusId), Is.EqualTo(done));
    }

    [Test, Order(6)]
    public async Task WipLimit_AColumnOverItsLimit_IsMarked()
    {
        var column = Column(_alicePage, "In Progress");
        await Expect(column).Not.ToHaveClassAsync(new Regex("over-limit"));
        await column.GetByLabel("Options for In Progress").ClickAsync();
        await column.GetByLabel("WIP limit of In Progress").FillAsync("0");
        await column.GetByLabel("WIP limit of In Progress").FillAsync("1");
        await column.GetByLabel("WIP limit of In Progress").PressAsync("Tab");
        await Expect(column.GetByTestId("column-count")).ToHaveTextAsync("1 / 1");
        await Expect(column).Not.ToHaveClassAsync(new Regex("over-limit"));

        await Card(_alicePage, "Ship it").DragToAsync(column.Locator(".kanban-cards"));
        await Expect(column.GetByRole(AriaRole.Img, new() { Name = "Over its WIP limit of 1" })).ToBeVisibleAsync();
        await Expect(Column(_bobPage, "In Progress")).ToHaveClassAsync(new Regex("over-limit"));
    }

    [Test, Order(7)]
    public async Task TableView_FilteredByStatus_ShowsOnlyThoseCardsWithTheirCount()
    {
        await _alicePage.GetByLabel("Add a view").SelectOptionAsync("table");
        await Expect(_alicePage.GetByTestId("table-view")).ToBeVisibleAsync();
        await Expect(_alicePage.Locator("tr.board-row")).ToHaveCountAsync(3);

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var menu = _alicePage.GetByRole(AriaRole.Region, new() { Name = "Filter" });
        await menu.GetByRole(AriaRole.Button, new() { Name = "+ Add filter", Exact = true }).ClickAsync();
        await Expect(menu.GetByLabel("Filter 1 property")).ToHaveValueAsync(_statusId);
        await menu.GetByRole(AriaRole.Group, new() { Name = "Filter 1 values" }).GetByRole(AriaRole.Checkbox, new() { Name = "In Progress" }).CheckAsync();
        await Expect(_alicePage.Locator("tr.board-row")).ToHaveCountAsync(2);
        await Expect(_alicePage.GetByTestId("table-count")).ToHaveTextAsync("2 cards");

        await _alicePage.GetByLabel("Calculation for Name").SelectOptionAsync("count");
        await Expect(_alicePage.GetByTestId("calculation-__title")).ToHaveTextAsync("2");

        await menu.GetByLabel("Filter 1 condition").SelectOptionAsync("notIncludes");
        await Expect(_alicePage.Locator("tr.board-row")).ToHaveCountAsync(1);
        await Expect(_alicePage.GetByRole(AriaRole.Textbox, new() { Name = "Title of Write docs" })).ToHaveValueAsync("Write docs");

        var viewId = _alicePage.Url.Split('/').Last();
        var view = (await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}/blocks?block_id={viewId}"))[0];
        var clause = view.GetProperty("fields").GetProperty("filter").GetProperty("filters")[0];
        Assert.That(clause.GetProperty("propertyId").GetString(), Is.EqualTo(_statusId));
        Assert.That(clause.GetProperty("condition").GetString(), Is.EqualTo("notIncludes"));
        Assert.That(clause.GetProperty("values")[0].GetString(), Is.EqualTo(await OptionIdAsync("In Progress")));
    }

    [Test, Order(8)]
    public async Task TableView_EditsATitleInPlace_AndTheCardDialogKeepsAChecklistAndComments()
    {
        await _alicePage.GetByRole(AriaRole.Textbox, new() { Name = "Title of Write docs" }).FillAsync("Write the docs");
        await _alicePage.GetByRole(AriaRole.Textbox, new() { Name = "Title of Write docs" }).PressAsync("Tab");
        await Expect(Card(Column(_bobPage, "Done"), "Write the docs")).ToBeVisibleAsync();

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Open Write the docs" }).ClickAsync();
        var dialog = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Write the docs" });
        await dialog.GetByLabel("New checklist item").FillAsync("Outline");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await dialog.GetByLabel("New checklist item").FillAsync("Review");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Outline" }).CheckAsync();
        await Expect(dialog.GetByTestId("checklist-progress")).ToHaveTextAsync("1 of 2 done");
        await dialog.GetByLabel("Comment", new() { Exact = true }).FillAsync("Ready for review");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(dialog.Locator(".comment")).ToContainTextAsync("@alice");
        await Expect(dialog.Locator(".comment")).ToContainTextAsync("Ready for review");

        await Card(_bobPage, "Write the docs").ClickAsync();
        var bobs = _bobPage.GetByRole(AriaRole.Dialog, new() { Name = "Write the docs" });
        await Expect(bobs.GetByRole(AriaRole.Checkbox, new() { Name = "Outline" })).ToBeCheckedAsync();
        await Expect(bobs.Locator(".comment")).ToContainTextAsync("Ready for review");
        await bobs.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
    }

    [Test, Order(9)]
    public async Task Viewer_SeesTheBoard_ButIsOfferedNoChangeAndCannotDragOrComment()
    {
        _carolPage = await WebSignIn.SignedInPageAsync(_host, "carol");
        await _carolPage.GotoAsync($"{TeamName}/boards/{_boardId}");
        await Expect(_carolPage.GetByTestId("board-role")).ToHaveTextAsync("Viewer: you may only look");
        await _carolPage.GetByRole(AriaRole.Navigation, new() { Name = "Views" }).GetByRole(AriaRole.Link, new() { Name = "Board view" }).ClickAsync();
        await Expect(Card(_carolPage, "Fix login")).ToHaveAttributeAsync("draggable", "false");
        await Expect(_carolPage.GetByRole(AriaRole.Button, new() { Name = "New card in To Do" })).ToHaveCountAsync(0);
        await Expect(_carolPage.GetByRole(AriaRole.Button, new() { Name = "+ New card" })).ToHaveCountAsync(0);
        await Expect(_carolPage.GetByLabel("Board title")).ToHaveCountAsync(0);

        await Card(_carolPage, "Fix login").DragToAsync(Column(_carolPage, "Done").Locator(".kanban-cards"));
        await Expect(Card(Column(_carolPage, "In Progress"), "Fix login")).ToBeVisibleAsync();

        await Card(_carolPage, "Fix login").ClickAsync();
        var dialog = _carolPage.GetByRole(AriaRole.Dialog, new() { Name = "Fix login" });
        await Expect(dialog.GetByLabel("Status")).ToHaveTextAsync("In Progress");
        await Expect(dialog.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
        await Expect(dialog.GetByLabel("Comment", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Delete card" })).ToHaveCountAsync(0);

        Assert.That(BoardsApi.Property((await BoardsApi.CardsAsync(_alice.Client, _boardId))["Fix login"], _statusId), Is.EqualTo(await OptionIdAsync("In Progress")));
    }

    [Test, Order(10)]
    public async Task LinkedChannel_ShowsTheBoardBesideTheChannel()
    {
        await _alicePage.GotoAsync($"{TeamName}/boards/{_boardId}");
        var channels = await (await _alice.Client.GetAsync(new Uri($"/api/v4/teams/name/{TeamName}/channels/name/town-square", UriKind.Relative))).ReadJsonAsync(HttpStatusCode.OK);
        var townSquare = channels.GetProperty("id").GetString()!;
        await _alicePage.GetByLabel("Linked channel").FocusAsync();
        await _alicePage.GetByLabel("Linked channel").SelectOptionAsync(townSquare);
        await Expect(_alicePage.GetByLabel("Linked channel")).ToHaveValueAsync(townSquare);

        await _bobPage.GotoAsync($"{TeamName}/channels/town-square");
        var panel = _bobPage.GetByRole(AriaRole.Complementary, new() { Name = "Linked boards" });
        await panel.GetByRole(AriaRole.Link, new() { Name = BoardTitle }).ClickAsync();
        await Expect(_bobPage).ToHaveURLAsync(new Regex($"/{TeamName}/boards/{_boardId}$"));
    }

    [Test, Order(11)]
    public async Task TrelloImport_WithProgress_OpensACardWithItsLabelsChecklistAndComments()
    {
        var export = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"trello-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(export, TrelloExport.Json(aliceUsername: "alice", bobEmail: _bob.User.Email));
        try
        {
            await _alicePage.GotoAsync($"{TeamName}/boards");
            await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            var dialog = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Import a board" });
            await dialog.GetByLabel("File").SetInputFilesAsync(export);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(dialog.GetByLabel("Import progress")).ToHaveAttributeAsync("value", "100");
            await Expect(dialog.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported 1 board" })).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Link, new() { Name = "Product" }).ClickAsync();
        }
        finally
        {
            File.Delete(export);
        }

        await Expect(_alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Boards" }).GetByRole(AriaRole.Link, new() { Name = "Product" })).ToBeVisibleAsync();
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Open Ship login" }).ClickAsync();
        var card = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Ship login" });
        await Expect(card.Locator(".card-property").Filter(new() { HasText = "Labels" })).ToContainTextAsync("Bug");
        await Expect(card.GetByRole(AriaRole.Checkbox, new() { Name = "Tests" })).ToBeCheckedAsync();
        await Expect(card.GetByRole(AriaRole.Checkbox, new() { Name = "Docs" })).Not.ToBeCheckedAsync();
        await Expect(card.Locator(".content-block").Filter(new() { HasText = "Before release" })).ToHaveCountAsync(1);
        var comment = card.Locator(".comment").Filter(new() { HasText = "Started on this" });
        await Expect(comment).ToContainTextAsync("@alice");
    }

    [Test, Order(12)]
    public async Task BoardFromATemplate_KeepsItsColumnsAndCards_AndACardAddedThereShowsForTheOtherEditor()
    {
        await _alicePage.GotoAsync($"{TeamName}/boards");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "+ Add board" }).ClickAsync();
        var picker = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Create a board" });
        await picker.GetByRole(AriaRole.Radio, new() { Name = "Team Retrospective" }).CheckAsync();
        await Expect(picker.GetByLabel("Title")).ToHaveValueAsync("Team Retrospective");
        await picker.GetByLabel("Title").FillAsync("Sprint 12 retro");
        await picker.GetByRole(AriaRole.Button, new() { Name = "Create board" }).ClickAsync();
        await Expect(_alicePage.GetByLabel("Board title")).ToHaveValueAsync("Sprint 12 retro");
        var boardId = _alicePage.Url.Split('/').Last();
        await Expect(_alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Views" }).GetByRole(AriaRole.Link, new() { Name = "Retrospective" })).ToBeVisibleAsync();
        await Expect(Card(Prefixed(_alicePage, "Went Well"), "Shipped on time")).ToBeVisibleAsync();
        await Expect(Card(Prefixed(_alicePage, "Action Items"), "Pair on reviews")).ToBeVisibleAsync();

        await BoardsApi.AddMemberAsync(_alice.Client, boardId, _bob.Id, "editor");
        await _bobPage.GotoAsync($"{TeamName}/boards/{boardId}");
        await Expect(Card(Prefixed(_bobPage, "Went Well"), "Shipped on time")).ToBeVisibleAsync();
        await Prefixed(_alicePage, "Went Well").Locator(".kanban-add").ClickAsync();
        await _alicePage.GetByLabel("New card title").FillAsync("Faster builds");
        await _alicePage.GetByLabel("New card title").PressAsync("Enter");
        await Expect(Card(Prefixed(_bobPage, "Went Well"), "Faster builds")).ToBeVisibleAsync();
    }

    private static ILocator Prefixed(IPage page, string name) => page.Locator($".kanban-column[aria-label^='{name}']");

    private static ILocator Column(IPage page, string name) => page.Locator($".kanban-column[aria-label='{name}']");

    private static ILocator Card(IPage page, string title) => page.Locator($".kanban-card[data-card-title='{title}']");

    private static ILocator Card(ILocator column, string title) => column.Locator($".kanban-card[data-card-title='{title}']");

    private static Task<string[]> Titles(ILocator column) =>
        column.Locator(".kanban-card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.cardTitle)");

    private async Task<string> OptionIdAsync(string name)
    {
        var board = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}");
        return board.GetProperty("cardProperties")[0].GetProperty("options").EnumerateArray()
            .First(o => o.GetProperty("value").GetString() == name).GetProperty("id").GetString()!;
    }
}
