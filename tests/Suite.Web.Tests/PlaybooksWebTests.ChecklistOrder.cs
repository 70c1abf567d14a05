using System.Net;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>Reordering whole checklists, by drag and by keyboard: on a run's page (live for the other participant) and in the playbook editor.</summary>
public sealed partial class PlaybooksWebTests
{
    [Test, Order(11)]
    public async Task RunChecklists_ReorderedWholeByDragAndByKeyboard_AndTheOtherParticipantSeesItWithoutReloading()
    {
        using var added = await _alice.Client.PostAsync(
            new Uri($"/{PlaybooksApi}/runs/{_alertRunId}/checklists", UriKind.Relative),
            SuiteApi.Json(new { title = "Recover", items = new[] { new { title = "Fail over" } } }));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.OK), await added.Content.ReadAsStringAsync());
        await _alicePage.GotoAsync($"playbooks/runs/{_alertRunId}");
        await _bobPage.GotoAsync($"playbooks/runs/{_alertRunId}");
        var alicesOrder = _alicePage.Locator(".run-main .run-checklist .checklist-title");
        var bobsOrder = _bobPage.Locator(".run-main .run-checklist .checklist-title");
        var firstTitle = (await alicesOrder.First.TextContentAsync())!;
        await Expect(bobsOrder).ToHaveTextAsync([firstTitle, "Recover"]);

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Move checklist Recover" })
            .DragToAsync(_alicePage.Locator($".run-main .run-checklist[aria-label='{firstTitle}'] h3"));
        await Expect(alicesOrder).ToHaveTextAsync(["Recover", firstTitle]);
        await Expect(bobsOrder).ToHaveTextAsync(["Recover", firstTitle]);

        var handle = _bobPage.GetByRole(AriaRole.Button, new() { Name = "Move checklist Recover" });
        await handle.FocusAsync();
        await _bobPage.Keyboard.PressAsync("ArrowDown");
        await Expect(bobsOrder).ToHaveTextAsync([firstTitle, "Recover"]);
        await Expect(handle).ToBeFocusedAsync();
        // Past the last checklist there is nowhere to go: the order stays as it is.
        await _bobPage.Keyboard.PressAsync("ArrowDown");
        await Expect(bobsOrder).ToHaveTextAsync([firstTitle, "Recover"]);
        await handle.PressAsync("ArrowUp");
        await Expect(bobsOrder).ToHaveTextAsync(["Recover", firstTitle]);
        await Expect(alicesOrder).ToHaveTextAsync(["Recover", firstTitle]);

        var run = await GetAsync(_alice, $"runs/{_alertRunId}");
        Assert.That(run.GetProperty("checklists").EnumerateArray().Select(c => c.GetProperty("title").GetString()), Is.EqualTo(new[] { "Recover", firstTitle }));
    }

    [Test, Order(12)]
    public async Task PlaybookEditor_SavesWholeChecklistsReorderedByDragAndByKeyboard()
    {
        await _alicePage.GotoAsync($"playbooks/playbooks/{_playbookId}");
        var order = _alicePage.Locator(".edit-checklist");
        await Expect(order).ToHaveCountAsync(1);
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Add checklist" }).ClickAsync();
        await Expect(order).ToHaveCountAsync(2);
        async Task<string[]> TitlesAsync() => await order.EvaluateAllAsync<string[]>("lists => lists.map(l => l.dataset.checklistTitle)");
        Assert.That(await TitlesAsync(), Is.EqualTo(new[] { "Triage", "Checklist 2" }));

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Move checklist Checklist 2" })
            .DragToAsync(_alicePage.Locator(".edit-checklist[data-checklist-title='Triage'] .edit-checklist-header"));
        await Expect(order.First).ToHaveAttributeAsync("data-checklist-title", "Checklist 2");

        var handle = _alicePage.GetByRole(AriaRole.Button, new() { Name = "Move checklist Checklist 2" });
        await handle.FocusAsync();
        await _alicePage.Keyboard.PressAsync("ArrowDown");
        await Expect(order.First).ToHaveAttributeAsync("data-checklist-title", "Triage");
        await Expect(handle).ToBeFocusedAsync();
        await _alicePage.Keyboard.PressAsync("ArrowUp");
        await Expect(order.First).ToHaveAttributeAsync("data-checklist-title", "Checklist 2");
        Assert.That(await TitlesAsync(), Is.EqualTo(new[] { "Checklist 2", "Triage" }));

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Save playbook" }).First.ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        var playbook = await GetAsync(_alice, $"playbooks/{_playbookId}");
        Assert.That(playbook.GetProperty("checklists").EnumerateArray().Select(c => c.GetProperty("title").GetString()), Is.EqualTo(new[] { "Checklist 2", "Triage" }));
        Assert.That(playbook.GetProperty("checklists")[1].GetProperty("items").GetArrayLength(), Is.EqualTo(3), "the items went with their checklist");
    }
}
