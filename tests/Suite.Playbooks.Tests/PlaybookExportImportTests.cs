using System.Globalization;
using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Export to Mattermost's playbook file and import from it.</summary>
public sealed class PlaybookExportImportTests : PlaybooksFixture
{
    private static readonly string[] ServerFields = ["id", "team_id", "members", "create_at", "update_at", "delete_at", "public", "invited_user_ids", "webhook_on_status_update_urls", "broadcast_channel_ids", "num_runs"];

    [Test]
    public async Task Export_IsTheFileFormatWithAVersionAndNoServerFields()
    {
        using var responder = await TeamMemberAsync();
        var id = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["invite_users_enabled"] = true,
            ["invited_user_ids"] = new[] { responder.Id },
            ["webhook_on_status_update_urls"] = new[] { "https://hooks.example.com/x" },
            ["metrics"] = new[] { new { title = "Time to fix", type = "metric_duration" } },
        });

        using var response = await Owner.Client.GetAsync($"{Root}/playbooks/{id}/export");

        var file = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(file.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(file.GetProperty("title").GetString(), Is.EqualTo("Database outage"));
        Assert.That(file.EnumerateObject().Select(p => p.Name).Intersect(ServerFields), Is.Empty);
        var item = file.GetProperty("checklists")[0].GetProperty("items")[1];
        Assert.That(item.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "title", "due_date" }), "an item keeps its text and settings, not its id or state");
        Assert.That(file.GetProperty("metrics")[0].EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "title", "type" }), "no target: targets need Enterprise, this fixture has no license");
    }

    [Test]
    public async Task ExportThenImport_GivesAnEqualPlaybookInTheTeam()
    {
        var id = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["description"] = "When the primary database is down",
            ["status_update_enabled"] = false,
            ["reminder_timer_default_seconds"] = 1800,
            ["reminder_message_template"] = "Impact: ...",
            ["retrospective_enabled"] = false,
            ["retrospective_template"] = "## Timeline",
            ["message_on_join"] = "Welcome to the incident",
            ["message_on_join_enabled"] = true,
            ["channel_name_template"] = "db-incident",
            ["auto_archive_channel"] = true,
            ["checklists"] = new object[]
            {
                new { title = "Triage", items = new object[] { new { title = "Page the DBA", description = "Use the **pager**", assignee_type = "owner" }, new { title = "Open a bridge", due_date = 600_000 } } },
                new { title = "Recover", items = new object[] { new { title = "Fail over", command = "/failover start", assignee_type = "creator", due_date = 3_600_000 } } },
            },
            ["metrics"] = new object[]
            {
                new { title = "Time to fix", description = "From page to fix", type = "metric_duration" },
                new { title = "Cost", type = "metric_currency" },
            },
        });
        var original = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        using var member = await TeamMemberAsync();
        var file = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/export");

        using var response = await member.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(file.ToString()));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var copyId = created.GetProperty("id").GetString()!;
        Assert.That(copyId, Is.Not.EqualTo(id));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v0/playbooks/{copyId}"));
        var copy = await GetAsync(member.Client, $"{Root}/playbooks/{copyId}");
        Assert.That(Comparable(copy), Is.EqualTo(Comparable(original)));
        Assert.That(copy.GetProperty("team_id").GetString(), Is.EqualTo(TeamId));
        Assert.That(copy.GetProperty("members").EnumerateArray().Single().GetProperty("user_id").GetString(), Is.EqualTo(member.Id), "the importer is its only member and admin");
        Assert.That(copy.GetProperty("checklists")[0].GetProperty("id").GetString(), Is.Not.EqualTo(original.GetProperty("checklists")[0].GetProperty("id").GetString()));
        Assert.That((await GetAsync(member.Client, $"{Root}/playbooks/{copyId}/export")).ToString(), Is.EqualTo(file.ToString()), "exporting the copy gives the same file");
    }

    [Test]
    public async Task ImportedPlaybook_StartsARunWithAbsoluteDueDatesAndResolvedAssignees()
    {
        using var owner = await TeamMemberAsync();
        const string File = """
            {"title":"Imported","version":1,"checklists":[{"title":"Steps","items":[
              {"title":"Owner's","assignee_type":"owner","due_date":600000},
              {"title":"Creator's","assignee_type":"creator"},
              {"title":"Nobody's"}]}]}
            """;
        using var imported = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(File));
        var playbookId = (await imported.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var run = await CreateRunAsync(Owner.Client, playbookId, ownerId: owner.Id);

        var start = run.GetProperty("create_at").GetInt64();
        Assert.That(long.Parse(Item(run, 0, 0, "due_date"), CultureInfo.InvariantCulture), Is.EqualTo(start + 600_000));
        Assert.That(Item(run, 0, 1, "due_date"), Is.EqualTo("0"));
        Assert.That(Item(run, 0, 0, "assignee_id"), Is.EqualTo(owner.Id));
        Assert.That(Item(run, 0, 1, "assignee_id"), Is.EqualTo(Owner.Id));
        Assert.That(Item(run, 0, 2, "assignee_id"), Is.Empty);
    }

    [Test]
    public async Task Import_OfAFileThatLeavesOutZeroValues_ReadsThemAsZeroAsMattermostWritesThem()
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw("{\"title\":\"Minimal\",\"version\":1}"));

        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var playbook = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(playbook.GetProperty("status_update_enabled").GetBoolean(), Is.False);
        Assert.That(playbook.GetProperty("retrospective_enabled").GetBoolean(), Is.False);
        Assert.That(playbook.GetProperty("reminder_timer_default_seconds").GetInt64(), Is.Zero);
        Assert.That(playbook.GetProperty("public").GetBoolean(), Is.True);
        Assert.That(playbook.GetProperty("checklists").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Import_TakesOnlyTheExportedFields()
    {
        using var responder = await TeamMemberAsync();
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["title"] = "Sneaky",
            ["version"] = 1,
            ["public"] = false,
            ["invite_users_enabled"] = true,
            ["invited_user_ids"] = new[] { responder.Id },
            ["webhook_on_creation_urls"] = new[] { "https://hooks.example.com/x" },
            ["members"] = new[] { new Dictionary<string, object> { ["user_id"] = responder.Id, ["roles"] = new[] { "playbook_admin" } } },
            ["num_runs"] = 7,
        });

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(body));

        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var playbook = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(playbook.GetProperty("public").GetBoolean(), Is.True);
        Assert.That(playbook.GetProperty("invited_user_ids").GetArrayLength(), Is.Zero);
        Assert.That(playbook.GetProperty("webhook_on_creation_urls").GetArrayLength(), Is.Zero);
        Assert.That(playbook.GetProperty("num_runs").GetInt32(), Is.Zero);
        Assert.That(playbook.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("user_id").GetString()), Is.EqualTo(new[] { Owner.Id }));
    }

    [TestCase("{\"title\":\"x\",\"version\":", "body")]
    [TestCase("[{\"title\":\"x\"}]", "body")]
    [TestCase("{\"title\":\"x\"}", "version")]
    [TestCase("{\"title\":\"x\",\"version\":2}", "version")]
    [TestCase("{\"title\":\"x\",\"version\":\"1\"}", "version")]
    [TestCase("{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"title\":\"x\",\"version\":1}", "id")]
    [TestCase("{\"title\":\"\",\"version\":1}", "title")]
    [TestCase("{\"title\":\"x\",\"version\":1,\"checklists\":[{\"title\":\"c\",\"items\":[{\"title\":\"i\",\"due_date\":-5}]}]}", "due_date")]
    [TestCase("{\"title\":\"x\",\"version\":1,\"checklists\":{}}", "checklists")]
    [TestCase("{\"title\":\"x\",\"version\":1,\"status_update_enabled\":\"yes\"}", "status_update_enabled")]
    [TestCase("{\"title\":\"x\",\"version\":1,\"properties\":[{\"name\":\"Severity\",\"type\":\"text\"}]}", "Run attributes")]
    [TestCase("{\"title\":\"x\",\"version\":1,\"metrics\":[{\"title\":\"m\",\"type\":\"metric_integer\",\"target\":5}]}", "Playbook metrics with targets")]
    public async Task Import_OfABadFile_AnswersAClearErrorAndCreatesNothing(string body, string named)
    {
        var before = await CountAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(body));

        var expected = named.Contains(' ', StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.BadRequest;
        Assert.That(await ReadPluginErrorAsync(response, expected), Does.Contain(named));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Import_IntoATeamTheCallerIsNotIn_Answers403_AndWithoutATeam400()
    {
        using var outsider = await OutsiderAsync();
        var before = await CountAsync();

        using var intruding = await outsider.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw("{\"title\":\"x\",\"version\":1}"));
        using var teamless = await Owner.Client.PostAsync($"{Root}/playbooks/import", SuiteApi.Raw("{\"title\":\"x\",\"version\":1}"));

        await ReadPluginErrorAsync(intruding, HttpStatusCode.Forbidden);
        Assert.That(await ReadPluginErrorAsync(teamless, HttpStatusCode.BadRequest), Does.Contain("team_id"));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Export_OfAPlaybookTheCallerCannotSee_Answers404()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var outsider = await OutsiderAsync();

        using var response = await outsider.Client.GetAsync($"{Root}/playbooks/{id}/export");

        await ReadPluginErrorAsync(response, HttpStatusCode.NotFound);
    }

    /// <summary>What an export carries over, with the checklists' and metrics' ids taken out.</summary>
    private static string Comparable(JsonElement playbook)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(playbook.ToString())!.AsObject();
        foreach (var field in ServerFields.Concat(["last_run_at", "public"]))
        {
            node.Remove(field);
        }

        foreach (var checklist in node["checklists"]!.AsArray())
        {
            checklist!.AsObject().Remove("id");
            checklist.AsObject().Remove("update_at");
            checklist.AsObject().Remove("items_order");
            foreach (var item in checklist["items"]!.AsArray())
            {
                item!.AsObject().Remove("id");
                item.AsObject().Remove("update_at");
            }
        }

        foreach (var metric in node["metrics"]!.AsArray())
        {
            metric!.AsObject().Remove("id");
            metric.AsObject().Remove("playbook_id");
        }

        return node.ToJsonString();
    }

    private async Task<int> CountAsync() =>
        (await GetAsync(Owner.Client, $"{Root}/playbooks?team_id={TeamId}&with_archived=true")).GetProperty("total_count").GetInt32();
}
