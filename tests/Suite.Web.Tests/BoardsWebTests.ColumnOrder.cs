using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class BoardsWebTests
{
    [Test, Order(13)]
    public async Task ColumnOrder_ByDragAndFromTheColumnMenu_ShowsLiveForTheOtherEditorAndAfterReload_AndAViewerCannotReorder()
    {
        foreach (var page in new[] { _alicePage, _bobPage })
        {
            await OpenBoardViewAsync(page);
            await Expect(ColumnHandles(page)).ToHaveTextAsync(["No Status", "To Do", "In Progress", "Done"]);
        }

        await ColumnHandle(_alicePage, "Done").DragToAsync(ColumnHandle(_alicePage, "To Do"));
        string[] dragged = ["No Status", "Done", "To Do", "In Progress"];
        await Expect(ColumnHandles(_alicePage)).ToHaveTextAsync(dragged);
        await Expect(ColumnHandles(_bobPage)).ToHaveTextAsync(dragged);

        await Column(_alicePage, "In Progress").GetByLabel("Options for In Progress").PressAsync("Enter");
        var moveLeft = Column(_alicePage, "In Progress").GetByRole(AriaRole.Button, new() { Name = "Move left" });
        await moveLeft.FocusAsync();
        await moveLeft.PressAsync("Enter");
        string[] moved = ["No Status", "Done", "In Progress", "To Do"];
        await Expect(ColumnHandles(_alicePage)).ToHaveTextAsync(moved);
        await Expect(_alicePage.GetByTestId("kanban-status")).ToHaveTextAsync("Moved column In Progress to position 3 of 4.");
        await Expect(moveLeft).ToBeFocusedAsync();
        await Expect(ColumnHandles(_bobPage)).ToHaveTextAsync(moved);

        await _bobPage.ReloadAsync();
        await Expect(ColumnHandles(_bobPage)).ToHaveTextAsync(moved);
        var views = await BoardsApi.GetAsync(_alice.Client, $"/boards/{_boardId}/blocks?type=view");
        var board = views.EnumerateArray().Single(v => v.GetProperty("title").GetString() == "Board view");
        string[] storedOrder = ["", await OptionIdAsync("Done"), await OptionIdAsync("In Progress"), await OptionIdAsync("To Do")];
        Assert.That(board.GetProperty("fields").GetProperty("visibleOptionIds").EnumerateArray().Select(id => id.GetString()), Is.EqualTo(storedOrder));

        var carol = _carolPage!;
        await OpenBoardViewAsync(carol);
        await Expect(ColumnHandles(carol)).ToHaveTextAsync(moved);
        await Expect(ColumnHandle(carol, "Done")).ToHaveAttributeAsync("draggable", "false");
        await Expect(carol.GetByRole(AriaRole.Button, new() { Name = "Move left" })).ToHaveCountAsync(0);
        await Expect(carol.GetByRole(AriaRole.Button, new() { Name = "Move right" })).ToHaveCountAsync(0);
        await ColumnHandle(carol, "To Do").DragToAsync(ColumnHandle(carol, "No Status"));
        await Expect(ColumnHandles(carol)).ToHaveTextAsync(moved);
        await Expect(ColumnHandles(_alicePage)).ToHaveTextAsync(moved);
    }

    private async Task OpenBoardViewAsync(IPage page)
    {
        await page.GotoAsync($"{TeamName}/boards/{_boardId}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Views" }).GetByRole(AriaRole.Link, new() { Name = "Board view" }).ClickAsync();
        await Expect(page.GetByTestId("kanban")).ToBeVisibleAsync();
    }

    private static ILocator ColumnHandles(IPage page) => page.Locator(".kanban-column .kanban-column-handle");

    private static ILocator ColumnHandle(IPage page, string name) => Column(page, name).Locator(".kanban-column-handle");
}
