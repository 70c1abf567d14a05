using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Reordering, skipping, copying and automating a run's checklists (the fixture's playbook: Triage with two items, Recover with one).</summary>
public sealed class ChecklistOperationTests : PlaybooksFixture
{
    private async Task<(string Id, JsonElement Run)> StartAsync()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        return (run.GetProperty("id").GetString()!, run);
    }

    private Task<JsonElement> RunAsync(string id) => GetAsync(Owner.Client, $"{Root}/runs/{id}");

    private static IEnumerable<string> Titles(JsonElement run) => run.GetProperty("checklists").EnumerateArray().Select(c => c.GetProperty("title").GetString()!);

    private static IEnumerable<string> ItemTitles(JsonElement run, int checklist) =>
        run.GetProperty("checklists")[checklist].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!);

    private async Task AssertUnchangedAsync(string id, JsonElement before)
    {
        var after = await RunAsync(id);
        Assert.That(after.GetProperty("update_at").GetInt64(), Is.EqualTo(before.GetProperty("update_at").GetInt64()));
        Assert.That(after.GetProperty("checklists").ToString(), Is.EqualTo(before.GetProperty("checklists").ToString()));
    }

    [Test]
    public async Task MoveChecklist_PutsItAtTheDestinationIndex()
    {
        var (id, _) = await StartAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/move", SuiteApi.Json(new { source_checklist_idx = 1, dest_checklist_idx = 0 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await RunAsync(id);
        Assert.That(Titles(after), Is.EqualTo(new[] { "Recover", "Triage" }));
        Assert.That(after.GetProperty("items_order")[0].GetString(), Is.EqualTo(after.GetProperty("checklists")[0].GetProperty("id").GetString()));
    }

    [Test]
    public async Task MoveItem_IntoAnotherChecklist_InsertsItThereAndTakesItOutOfTheSource()
    {
        var (id, _) = await StartAsync();

        using var response = await Owner.Client.PostAsync(
            $"{Root}/runs/{id}/checklists/move-item", SuiteApi.Json(new { source_checklist_idx = 0, source_item_idx = 1, dest_checklist_idx = 1, dest_item_idx = 1 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await RunAsync(id);
        Assert.That(ItemTitles(after, 0), Is.EqualTo(new[] { "Page the DBA" }));
        Assert.That(ItemTitles(after, 1), Is.EqualTo(new[] { "Fail over", "Open a bridge" }));
    }

    [Test]
    public async Task MoveItem_WithinOneChecklist_Reorders()
    {
        var (id, _) = await StartAsync();

        using var response = await Owner.Client.PostAsync(
            $"{Root}/runs/{id}/checklists/move-item", SuiteApi.Json(new { source_checklist_idx = 0, source_item_idx = 0, dest_checklist_idx = 0, dest_item_idx = 1 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ItemTitles(await RunAsync(id), 0), Is.EqualTo(new[] { "Open a bridge", "Page the DBA" }));
    }

    [TestCase("move", """{"source_checklist_idx": 2, "dest_checklist_idx": 0}""", "source_checklist_idx")]
    [TestCase("move", """{"source_checklist_idx": 0, "dest_checklist_idx": -1}""", "dest_checklist_idx")]
    [TestCase("move", """{"source_checklist_idx": 0}""", "dest_checklist_idx")]
    [TestCase("move", """{"source_checklist_idx": "first", "dest_checklist_idx": 1}""", "source_checklist_idx")]
    [TestCase("move-item", """{"source_checklist_idx": 0, "source_item_idx": 5, "dest_checklist_idx": 1, "dest_item_idx": 0}""", "source_item_idx")]
    [TestCase("move-item", """{"source_checklist_idx": 0, "source_item_idx": 0, "dest_checklist_idx": 0, "dest_item_idx": 2}""", "dest_item_idx")]
    [TestCase("move-item", """{"source_checklist_idx": 0, "source_item_idx": 0, "dest_checklist_idx": 1, "dest_item_idx": 2}""", "dest_item_idx")]
    public async Task Move_WithAnIndexOutOfRangeOrABadBody_Answers400AndChangesNothing(string route, string body, string named)
    {
        var (id, before) = await StartAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/{route}", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        await AssertUnchangedAsync(id, before);
    }

    [Test]
    public async Task SkipChecklist_SkipsEveryItemAndRestoreOpensThemAgain()
    {
        var (id, _) = await StartAsync();

        using var skipped = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/skip", new { });
        var afterSkip = await RunAsync(id);
        using var restored = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/restore", new { });
        var afterRestore = await RunAsync(id);

        Assert.That(skipped.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(new[] { Item(afterSkip, 0, 0, "state"), Item(afterSkip, 0, 1, "state"), Item(afterSkip, 1, 0, "state") }, Is.EqualTo(new[] { "skipped", "skipped", "" }));
        Assert.That(afterSkip.GetProperty("task_completed").GetInt32(), Is.EqualTo(2), "skipped items count as done");
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(new[] { Item(afterRestore, 0, 0, "state"), Item(afterRestore, 0, 1, "state") }, Is.All.Empty);
    }

    [Test]
    public async Task DuplicateChecklist_AddsACopyWithNewIdsAtTheEnd()
    {
        var (id, _) = await StartAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/0/duplicate", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var after = await RunAsync(id);
        Assert.That(Titles(after), Is.EqualTo(new[] { "Triage", "Recover", "Triage" }));
        Assert.That(ItemTitles(after, 2), Is.EqualTo(ItemTitles(after, 0)));
        var ids = after.GetProperty("checklists").EnumerateArray().SelectMany(c => c.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(after.GetProperty("checklists")[2].GetProperty("id").GetString(), Is.Not.EqualTo(after.GetProperty("checklists")[0].GetProperty("id").GetString()));
    }

    [Test]
    public async Task DuplicateItem_InsertsACopyRightAfterIt()
    {
        var (id, _) = await StartAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/0/items/0/duplicate", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var after = await RunAsync(id);
        Assert.That(ItemTitles(after, 0), Is.EqualTo(new[] { "Page the DBA", "Page the DBA", "Open a bridge" }));
        Assert.That(Item(after, 0, 1, "id"), Is.Not.EqualTo(Item(after, 0, 0, "id")));
    }

    [Test]
    public async Task DuplicateItem_ReachesOpenClientsAsTheRunNowIs()
    {
        var (id, _) = await StartAsync();
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, Owner.Token);

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/0/item/1/duplicate", null);

        var updated = await events.NextAsync("custom_playbooks_playbook_run_updated");
        using var payload = JsonDocument.Parse(updated.GetProperty("data").GetProperty("payload").GetString()!);
        Assert.That(ItemTitles(payload.RootElement, 0), Is.EqualTo(ItemTitles(await RunAsync(id), 0)));
        Assert.That(ItemTitles(payload.RootElement, 0), Is.EqualTo(new[] { "Page the DBA", "Open a bridge", "Open a bridge" }));
    }

    [TestCase("post", "checklists/2/duplicate")]
    [TestCase("post", "checklists/0/item/2/duplicate")]
    [TestCase("put", "checklists/-1/skip")]
    [TestCase("put", "checklists/3/restore")]
    public async Task OperationsOnAMissingChecklistOrItem_Answer400Or404AndChangeNothing(string method, string path)
    {
        var (id, before) = await StartAsync();

        using var response = method == "post"
            ? await Owner.Client.PostAsync($"{Root}/runs/{id}/{path}", null)
            : await PutAsync(Owner.Client, $"{Root}/runs/{id}/{path}", new { });

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
        await AssertUnchangedAsync(id, before);
    }

    [Test]
    public async Task SetCommand_ChangesTheCommandAndForgetsWhenTheOldOneRan()
    {
        var (id, _) = await StartAsync();
        using var first = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/0/command", new { command = "/shrug first" });
        using var ran = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/0/item/0/run", null);
        Assert.That(long.Parse(Item(await RunAsync(id), 0, 0, "command_last_run"), System.Globalization.CultureInfo.InvariantCulture), Is.Positive);

        using var response = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/0/command", new { command = "/shrug second" });

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).ToString(), Is.EqualTo("{}"));
        var after = await RunAsync(id);
        Assert.That(Item(after, 0, 0, "command"), Is.EqualTo("/shrug second"));
        Assert.That(Item(after, 0, 0, "command_last_run"), Is.EqualTo("0"));
    }

    [TestCase("""{"command": "no slash"}""", "command")]
    [TestCase("""{}""", "command")]
    [TestCase("""{"command": 5}""", "command")]
    public async Task SetCommand_WithABadBody_Answers400AndChangesNothing(string body, string named)
    {
        var (id, before) = await StartAsync();

        using var response = await Owner.Client.PutAsync($"{Root}/runs/{id}/checklists/1/item/0/command", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        await AssertUnchangedAsync(id, before);
    }

    [Test]
    public async Task SetDueDate_SetsAnAbsoluteTimeAndZeroClearsIt()
    {
        var (id, _) = await StartAsync();
        var due = DateTimeOffset.UtcNow.AddDays(2).ToUnixTimeMilliseconds();

        using var set = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/1/item/0/duedate", new { due_date = due });
        var afterSet = await RunAsync(id);
        using var cleared = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/1/item/0/duedate", new { due_date = 0 });

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Item(afterSet, 1, 0, "due_date"), Is.EqualTo(due.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Item(await RunAsync(id), 1, 0, "due_date"), Is.EqualTo("0"));
    }

    [TestCase("""{"due_date": -5}""", 0)]
    [TestCase("""{"due_date": "tomorrow"}""", 0)]
    [TestCase("""{}""", 0)]
    [TestCase("""{"due_date": 1800000000000}""", 4)]
    public async Task SetDueDate_WithABadBodyOrItem_Answers400AndChangesNothing(string body, int item)
    {
        var (id, before) = await StartAsync();

        using var response = await Owner.Client.PutAsync($"{Root}/runs/{id}/checklists/1/item/{item}/duedate", SuiteApi.Raw(body));

        await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(id, before);
    }

    [Test]
    public async Task RunCommand_RunsItInTheRunChannelAsTheCallerAndRecordsItOnTheTimeline()
    {
        var (id, run) = await StartAsync();
        using var set = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/1/item/0/command", new { command = "/shrug failing over" });

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/1/item/0/run", null);

        var body = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(body.TryGetProperty("trigger_id", out _), Is.True);
        var after = await RunAsync(id);
        Assert.That(long.Parse(Item(after, 1, 0, "command_last_run"), System.Globalization.CultureInfo.InvariantCulture), Is.Positive);
        var entry = after.GetProperty("timeline_events").EnumerateArray().Last();
        Assert.That(entry.GetProperty("event_type").GetString(), Is.EqualTo("ran_slash_command"));
        Assert.That(entry.GetProperty("summary").GetString(), Does.Contain("/shrug failing over"));
        Assert.That(entry.GetProperty("subject_user_id").GetString(), Is.EqualTo(Owner.Id));
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}/posts");
        Assert.That(
            posts.GetProperty("posts").EnumerateObject().Select(p => p.Value).Where(p => p.GetProperty("user_id").GetString() == Owner.Id).Select(p => p.GetProperty("message").GetString()),
            Has.Some.StartsWith("failing over"));
    }

    [Test]
    public async Task RunCommand_ThatDoesNotExist_AnswersItsErrorAndRecordsNothing()
    {
        var (id, _) = await StartAsync();
        using var set = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/1/item/0/command", new { command = "/nosuchcommand now" });
        var before = await RunAsync(id);

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/1/item/0/run", null);

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.NotFound), Does.Contain("/nosuchcommand"));
        await AssertUnchangedAsync(id, before);
        Assert.That(TimelineTypes(await RunAsync(id)), Does.Not.Contain("ran_slash_command"));
    }

    [Test]
    public async Task RunCommand_OnAnItemWithoutACommand_Answers400()
    {
        var (id, before) = await StartAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/checklists/0/item/0/run", null);

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("no slash command"));
        await AssertUnchangedAsync(id, before);
    }

    [Test]
    public async Task ChecklistOperations_ByATeamMemberWhoIsNotAParticipant_Answer403AndChangeNothing()
    {
        var (id, before) = await StartAsync();
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var move = await member.Client.PostAsync($"{Root}/runs/{id}/checklists/move", SuiteApi.Json(new { source_checklist_idx = 1, dest_checklist_idx = 0 }));
        using var skip = await PutAsync(member.Client, $"{Root}/runs/{id}/checklists/0/skip", new { });
        using var duplicate = await member.Client.PostAsync($"{Root}/runs/{id}/checklists/0/item/0/duplicate", null);
        using var due = await PutAsync(member.Client, $"{Root}/runs/{id}/checklists/0/item/0/duedate", new { due_date = 1 });
        using var run = await member.Client.PostAsync($"{Root}/runs/{id}/checklists/1/item/0/run", null);
        using var hidden = await outsider.Client.PostAsync($"{Root}/runs/{id}/checklists/0/duplicate", null);

        foreach (var refused in new[] { move, skip, duplicate, due, run })
        {
            await ReadPluginErrorAsync(refused, HttpStatusCode.Forbidden);
        }

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        await AssertUnchangedAsync(id, before);
    }
}
