using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>Reordering a run's checklist on the run page, by drag and by keyboard, live for the other participant.</summary>
public sealed partial class PlaybooksWebTests
{
    [Test, Order(9)]
    public async Task RunChecklist_ReorderedByDragAndByKeyboard_AndEachParticipantSeesTheOthersOrderWithoutReloading()
    {
        await _alicePage.GotoAsync($"playbooks/runs/{_alertRunId}");
        await _bobPage.GotoAsync($"playbooks/runs/{_alertRunId}");
        var alicesTitles = _alicePage.Locator(".run-main .checklist-item .item-title");
        var bobsTitles = _bobPage.Locator(".run-main .checklist-item .item-title");
        await Expect(bobsTitles).ToHaveTextAsync(["Page the on-call", "Write the summary", "Check replication"]);

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Move Check replication" })
            .DragToAsync(_alicePage.Locator(".run-main .checklist-item[data-item-title='Page the on-call']"));
        await Expect(alicesTitles).ToHaveTextAsync(["Check replication", "Page the on-call", "Write the summary"]);
        await Expect(bobsTitles).ToHaveTextAsync(["Check replication", "Page the on-call", "Write the summary"]);

        // Down twice: the handle keeps the focus while its item moves, so the second press moves it again.
        var handle = _bobPage.GetByRole(AriaRole.Button, new() { Name = "Move Check replication" });
        await handle.FocusAsync();
        await _bobPage.Keyboard.PressAsync("ArrowDown");
        await Expect(bobsTitles).ToHaveTextAsync(["Page the on-call", "Check replication", "Write the summary"]);
        await Expect(handle).ToBeFocusedAsync();
        await _bobPage.Keyboard.PressAsync("ArrowDown");
        await Expect(bobsTitles).ToHaveTextAsync(["Page the on-call", "Write the summary", "Check replication"]);
        await Expect(alicesTitles).ToHaveTextAsync(["Page the on-call", "Write the summary", "Check replication"]);

        // Past the end of the last checklist there is nowhere to go: the order stays as it is.
        await _bobPage.Keyboard.PressAsync("ArrowDown");
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Move Write the summary" }).PressAsync("ArrowUp");
        await Expect(bobsTitles).ToHaveTextAsync(["Write the summary", "Page the on-call", "Check replication"]);
        await Expect(alicesTitles).ToHaveTextAsync(["Write the summary", "Page the on-call", "Check replication"]);

        var run = await GetAsync(_alice, $"runs/{_alertRunId}");
        Assert.That(run.GetProperty("checklists")[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()),
            Is.EqualTo(new[] { "Write the summary", "Page the on-call", "Check replication" }));
    }
}
