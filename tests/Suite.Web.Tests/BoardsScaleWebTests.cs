using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// A board of 10,000 cards in Chromium: the kanban must open, scroll and take a drag. The times are printed, not
/// asserted (they depend on the machine); what is asserted is that the drag moved the card.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BoardsScaleWebTests : BrowserTest
{
    private const int CardCount = 10_000;
    private const int BatchSize = 1_000;
    private WebTestHost _host = null!;
    private SignedInUser _alice = null!;
    private IPage? _page;

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("alice", _page)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        var api = new SuiteApi(_host.Server);
        using var systemAdmin = await api.SignUpAndLoginAsync();
        _alice = await api.SignUpAndLoginAsync("alice");
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _alice?.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task KanbanOf10000Cards_OpensScrollsAndTakesADrag_AndReportsHowLongEachTook()
    {
        var teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, "big")).GetProperty("id").GetString()!;
        string[] options = ["todo", "doing", "done"];
        var board = await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, "/boards", new
        {
            teamId,
            type = "O",
            title = "Ten thousand",
            cardProperties = new[]
            {
                new { id = "status", name = "Status", type = "select", options = options.Select(o => new { id = o, value = o, color = "propColorGray" }).ToArray() },
            },
        });
        var boardId = board.GetProperty("id").GetString()!;
        await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            new { boardId, parentId = boardId, type = "view", title = "Board view", fields = new Dictionary<string, object> { ["viewType"] = "board", ["groupById"] = "status" } },
        });
        for (var start = 0; start < CardCount; start += BatchSize)
        {
            var batch = Enumerable.Range(start, BatchSize).Select(i => new
            {
                boardId,
                parentId = boardId,
                type = "card",
                title = "Card " + i.ToString("D5", CultureInfo.InvariantCulture),
                fields = new Dictionary<string, object> { ["properties"] = new Dictionary<string, string> { ["status"] = options[i % options.Length] }, ["contentOrder"] = Array.Empty<string>() },
            }).ToArray();
            await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", batch);
        }

        _page = await WebSignIn.SignedInPageAsync(_host, "alice");
        var todo = _page.Locator(".kanban-column[aria-label='todo']");
        var doing = _page.Locator(".kanban-column[aria-label='doing']");

        var clock = Stopwatch.StartNew();
        await _page.GotoAsync($"big/boards/{boardId}");
        await Expect(todo.Locator(".kanban-card").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var shown = clock.Elapsed;
        await Expect(todo.GetByTestId("column-count")).ToHaveTextAsync("3334");
        var rendered = await _page.Locator(".kanban-card").CountAsync();

        var firstTitle = await todo.Locator(".kanban-card").First.GetAttributeAsync("data-card-title");
        clock.Restart();
        await todo.Locator(".kanban-cards").EvaluateAsync("el => el.scrollTop = el.scrollHeight / 2");
        await Expect(todo.Locator($".kanban-card[data-card-title='{firstTitle}']")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(todo.Locator(".kanban-card").First).ToBeVisibleAsync();
        var scrolled = clock.Elapsed;

        var dragged = todo.Locator(".kanban-card").Nth(2);
        var title = await dragged.GetAttributeAsync("data-card-title");
        clock.Restart();
        await dragged.DragToAsync(doing.Locator(".kanban-cards"));
        await Expect(doing.GetByTestId("column-count")).ToHaveTextAsync("3334", new() { Timeout = 60_000 });
        var moved = clock.Elapsed;

        var cards = await BoardsApi.CardsAsync(_alice.Client, boardId);
        Assert.That(BoardsApi.Property(cards[title!], "status"), Is.EqualTo("doing"));
        TestContext.Out.WriteLine(
            $"Kanban of {CardCount:N0} cards in Chromium: first cards shown {shown.TotalMilliseconds:F0} ms after navigation ({rendered} card elements rendered of {CardCount:N0}); " +
            $"a scroll to the middle of a column of 3,334 rendered new cards in {scrolled.TotalMilliseconds:F0} ms; " +
            $"a drag to another column was shown there {moved.TotalMilliseconds:F0} ms after it started.");
    }

    [Test]
    public async Task TableOf2000Cards_OpensScrollsToItsLastRow_AndEditsItInPlace()
    {
        const int Rows = 2_000;
        var teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, "wide")).GetProperty("id").GetString()!;
        var board = await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, "/boards", new
        {
            teamId,
            type = "O",
            title = "Two thousand rows",
            cardProperties = new[] { new { id = "status", name = "Status", type = "select", options = new[] { new { id = "todo", value = "To Do", color = "propColorGray" } } } },
        });
        var boardId = board.GetProperty("id").GetString()!;
        var view = await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            new
            {
                boardId, parentId = boardId, type = "view", title = "All rows",
                fields = new Dictionary<string, object> { ["viewType"] = "table", ["visiblePropertyIds"] = new[] { "status" }, ["sortOptions"] = new[] { new { propertyId = "__title", reversed = false } } },
            },
        });
        var viewId = view[0].GetProperty("id").GetString()!;
        for (var start = 0; start < Rows; start += BatchSize)
        {
            var batch = Enumerable.Range(start, BatchSize).Select(i => new
            {
                boardId,
                parentId = boardId,
                type = "card",
                title = "Row " + i.ToString("D4", CultureInfo.InvariantCulture),
                fields = new Dictionary<string, object> { ["properties"] = new Dictionary<string, string> { ["status"] = "todo" }, ["contentOrder"] = Array.Empty<string>() },
            }).ToArray();
            await BoardsApi.CallAsync(_alice.Client, HttpMethod.Post, $"/boards/{boardId}/blocks?disable_notify=true", batch);
        }

        _page = await WebSignIn.SignedInPageAsync(_host, "alice");
        var clock = Stopwatch.StartNew();
        await _page.GotoAsync($"wide/boards/{boardId}/{viewId}");
        await Expect(_page.GetByRole(AriaRole.Textbox, new() { Name = "Title of Row 0000" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var shown = clock.Elapsed;
        await Expect(_page.GetByTestId("table-count")).ToHaveTextAsync($"{Rows} cards");
        var rendered = await _page.Locator("tr.board-row").CountAsync();
        Assert.That(rendered, Is.LessThan(Rows / 10), "only the rows in sight are in the page");

        clock.Restart();
        var last = _page.GetByRole(AriaRole.Textbox, new() { Name = "Title of Row 1999" });
        await _page.GetByTestId("table-view").EvaluateAsync("el => el.scrollTop = el.scrollHeight");
        await Expect(last).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var scrolled = clock.Elapsed;
        await Expect(_page.GetByRole(AriaRole.Textbox, new() { Name = "Title of Row 0000" })).ToHaveCountAsync(0);

        await last.FillAsync("Row 1999, edited");
        await last.PressAsync("Tab");
        await Expect(_page.GetByRole(AriaRole.Textbox, new() { Name = "Title of Row 1999, edited" })).ToBeVisibleAsync();
        var cards = await BoardsApi.CardsAsync(_alice.Client, boardId);
        Assert.That(cards.Keys, Does.Contain("Row 1999, edited").And.Not.Contain("Row 1999"));
        TestContext.Out.WriteLine(
            $"Table of {Rows:N0} cards in Chromium: first rows shown {shown.TotalMilliseconds:F0} ms after navigation ({rendered} rows rendered); " +
            $"the last row shown {scrolled.TotalMilliseconds:F0} ms after a scroll to the end.");
    }
}
