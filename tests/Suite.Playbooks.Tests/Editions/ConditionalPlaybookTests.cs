using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Licensing.Signing;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>
/// Conditional playbooks (Enterprise): conditions over a playbook's attributes, copied onto each run, that hide a task
/// until the run's values satisfy them.
/// </summary>
public sealed class ConditionalPlaybookTests : LicensedPlaybooksFixture
{
    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private async Task<JsonElement> CreateFieldAsync(string playbookId, object field)
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(field));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>A playbook with a Severity select (SEV1, SEV2) and a Service text field.</summary>
    private async Task<(string PlaybookId, JsonElement Severity, JsonElement Service)> PlaybookWithFieldsAsync()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var severity = await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" }, new { name = "SEV2" } } } });
        var service = await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        return (playbookId, severity, service);
    }

    private static string Option(JsonElement field, int index) => Id(field.GetProperty("attrs").GetProperty("options")[index]);

    private static object SeverityIs(JsonElement severity, int option) =>
        new { version = 1, condition_expr = new { @is = new { field_id = Id(severity), value = new[] { Option(severity, option) } } } };

    private async Task<JsonElement> CreateConditionAsync(string playbookId, object body)
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/conditions", SuiteApi.Json(body));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<JsonElement> ConditionsAsync(string playbookId) => await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions");

    /// <summary>Points the playbook's first task ("Page the DBA") at <paramref name="conditionId"/>.</summary>
    private async Task AttachToFirstTaskAsync(string playbookId, string conditionId)
    {
        var playbook = JsonNode.Parse((await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}")).GetRawText())!.AsObject();
        playbook["checklists"]![0]!["items"]![0]!["condition_id"] = conditionId;
        using var response = await Owner.Client.PutAsync($"{Root}/playbooks/{playbookId}", SuiteApi.Raw(playbook.ToJsonString()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>A playbook whose first task shows only while Severity is SEV1; answers the condition's id too.</summary>
    private async Task<(string PlaybookId, JsonElement Severity, string ConditionId)> ConditionalPlaybookAsync()
    {
        var (playbookId, severity, _) = await PlaybookWithFieldsAsync();
        var conditionId = Id(await CreateConditionAsync(playbookId, SeverityIs(severity, 0)));
        await AttachToFirstTaskAsync(playbookId, conditionId);
        return (playbookId, severity, conditionId);
    }

    /// <summary>A run of the playbook, with the run's own copy of the Severity field.</summary>
    private async Task<(JsonElement Run, JsonElement Severity)> RunOfAsync(string playbookId)
    {
        var run = await CreateRunAsync(Owner.Client, playbookId);
        return (run, run.GetProperty("property_fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Severity"));
    }

    private async Task SetValueAsync(string runId, string fieldId, object? value) =>
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields/{fieldId}/value", new { value }));

    [TestCase(null)]
    [TestCase(Skus.Professional)]
    public async Task Conditions_WithoutAnEnterpriseLicense_Answer403NamingTheEnterpriseEdition(string? sku)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var run = await CreateRunAsync(Owner.Client, playbookId);
        await using var license = sku is null ? null : await LicensedAsync(sku);

        using var list = await Owner.Client.GetAsync($"{Root}/playbooks/{playbookId}/conditions");
        using var create = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/conditions", SuiteApi.Json(new { version = 1, condition_expr = new { @is = new { field_id = "x", value = "y" } } }));
        using var update = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions/{new string('a', 26)}", new { version = 1 });
        using var delete = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/conditions/{new string('a', 26)}");
        using var ofRun = await Owner.Client.GetAsync($"{Root}/runs/{Id(run)}/conditions");

        foreach (var response in new[] { list, create, update, delete, ofRun })
        {
            Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("Conditional playbooks requires the Enterprise edition"));
        }
    }

    [Test]
    public async Task CreateCondition_OnAPlaybook_AnswersItWithLocationAndListsItWithTrimmedValues()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, service) = await PlaybookWithFieldsAsync();
        var body = new
        {
            version = 1,
            condition_expr = new
            {
                and = new object[]
                {
                    new { @is = new { field_id = Id(severity), value = new[] { Option(severity, 0) } } },
                    new Dictionary<string, object> { ["isNot"] = new { field_id = Id(service), value = "  billing " } },
                },
            },
        };

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/conditions", SuiteApi.Json(body));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.That(Id(created), Has.Length.EqualTo(26));
        Assert.That(response.Headers.Location!.OriginalString, Does.EndWith($"/playbooks/{playbookId}/conditions/{Id(created)}"));
        Assert.That(created.GetProperty("playbook_id").GetString(), Is.EqualTo(playbookId));
        Assert.That(created.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(created.TryGetProperty("run_id", out _), Is.False, "a playbook's own condition has no run_id");
        Assert.That(created.GetProperty("delete_at").GetInt64(), Is.Zero);
        var page = await ConditionsAsync(playbookId);
        Assert.That(page.GetProperty("total_count").GetInt32(), Is.EqualTo(1));
        Assert.That(page.GetProperty("page_count").GetInt32(), Is.EqualTo(1));
        Assert.That(page.GetProperty("has_more").GetBoolean(), Is.False);
        var expression = page.GetProperty("items")[0].GetProperty("condition_expr");
        Assert.That(expression.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "and" }));
        Assert.That(expression.GetProperty("and")[1].GetProperty("isNot").GetProperty("value").GetString(), Is.EqualTo("billing"));
        Assert.That(expression.GetProperty("and")[0].GetProperty("is").GetProperty("field_id").GetString(), Is.EqualTo(Id(severity)));
    }

    [Test]
    public async Task PlaybookConditions_ArePagedAsThePluginPagesThem()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, _) = await PlaybookWithFieldsAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Id(await CreateConditionAsync(playbookId, SeverityIs(severity, i % 2))));
            Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var first = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions?page=0&per_page=2");
        var second = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions?page=1&per_page=2");

        Assert.That(first.GetProperty("total_count").GetInt32(), Is.EqualTo(3));
        Assert.That(first.GetProperty("page_count").GetInt32(), Is.EqualTo(2));
        Assert.That(first.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(second.GetProperty("has_more").GetBoolean(), Is.False);
        Assert.That(first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(Id), Is.EqualTo(ids));
    }

    [TestCase("{\"version\":0,\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":\"db\"}}}", "version")]
    [TestCase("{\"version\":2,\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":\"db\"}}}", "unsupported condition version")]
    [TestCase("{\"version\":1}", "condition_expr")]
    [TestCase("{\"version\":1,\"condition_expr\":{}}", "at least one operation")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":\"a\"},\"isNot\":{\"field_id\":\"TEXT\",\"value\":\"b\"}}}", "only have one operation")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"and\":[]}}", "at least one nested condition")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"or\":[{\"and\":[{\"is\":{\"field_id\":\"TEXT\",\"value\":\"a\"}}]}]}}", "nesting depth")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"\",\"value\":\"a\"}}}", "field_id cannot be empty")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":[\"a\"]}}}", "must be a string")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"SELECT\",\"value\":\"SEV1\"}}}", "must be an array")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"SELECT\",\"value\":[]}}}", "cannot be empty")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"SELECT\",\"value\":[\"nosuchoption\"]}}}", "does not match any valid option")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"DATE\",\"value\":\"2026-01-01\"}}}", "unsupported field type")]
    [TestCase("{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":\"db\"}}}", "should not be specified")]
    [TestCase("{\"version\":1,\"run_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"condition_expr\":{\"is\":{\"field_id\":\"TEXT\",\"value\":\"db\"}}}", "run conditions")]
    [TestCase("{\"version\":1,\"condition_expr\":{\"is\":{\"field_id\":5}}}", "condition")]
    [TestCase("{\"version\":", "body")]
    public async Task CreateCondition_WithBadInput_Answers400AndCreatesNothing(string body, string named)
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, service) = await PlaybookWithFieldsAsync();
        var date = await CreateFieldAsync(playbookId, new { name = "Started", type = "date" });
        var resolved = body.Replace("TEXT", Id(service), StringComparison.Ordinal).Replace("SELECT", Id(severity), StringComparison.Ordinal).Replace("DATE", Id(date), StringComparison.Ordinal);

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/conditions", SuiteApi.Raw(resolved));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That((await ConditionsAsync(playbookId)).GetProperty("total_count").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task UpdateAndDeleteCondition_ReplaceItsExpressionThenRemoveItFromTheList()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, _) = await PlaybookWithFieldsAsync();
        var created = await CreateConditionAsync(playbookId, SeverityIs(severity, 0));
        Clock.Advance(TimeSpan.FromSeconds(5));

        using var updated = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions/{Id(created)}", SeverityIs(severity, 1));
        var changed = await updated.ReadJsonAsync(HttpStatusCode.OK);
        using var badUpdate = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions/{Id(created)}", new { version = 1, condition_expr = new { } });
        using var deleted = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/conditions/{Id(created)}");
        using var updateDeleted = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions/{Id(created)}", SeverityIs(severity, 0));
        using var deleteAgain = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/conditions/{Id(created)}");

        Assert.That(Id(changed), Is.EqualTo(Id(created)));
        Assert.That(changed.GetProperty("create_at").GetInt64(), Is.EqualTo(created.GetProperty("create_at").GetInt64()));
        Assert.That(changed.GetProperty("update_at").GetInt64(), Is.GreaterThan(created.GetProperty("update_at").GetInt64()));
        Assert.That(changed.GetProperty("condition_expr").GetProperty("is").GetProperty("value")[0].GetString(), Is.EqualTo(Option(severity, 1)));
        await ReadPluginErrorAsync(badUpdate, HttpStatusCode.BadRequest);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ReadPluginErrorAsync(updateDeleted, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(deleteAgain, HttpStatusCode.NotFound);
        Assert.That((await ConditionsAsync(playbookId)).GetProperty("total_count").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Conditions_AreChangedOnlyByThoseWhoMayEditThePlaybookAndReadOnlyByThoseWhoSeeIt()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, _) = await PlaybookWithFieldsAsync();
        var condition = await CreateConditionAsync(playbookId, SeverityIs(severity, 0));
        var otherPlaybook = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var created = await member.Client.PostAsync($"{Root}/playbooks/{playbookId}/conditions", SuiteApi.Json(SeverityIs(severity, 1)));
        using var updated = await PutAsync(member.Client, $"{Root}/playbooks/{playbookId}/conditions/{Id(condition)}", SeverityIs(severity, 1));
        using var deleted = await member.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/conditions/{Id(condition)}");
        using var hidden = await outsider.Client.GetAsync($"{Root}/playbooks/{playbookId}/conditions");
        using var throughAnotherPlaybook = await Owner.Client.DeleteAsync($"{Root}/playbooks/{otherPlaybook}/conditions/{Id(condition)}");

        await ReadPluginErrorAsync(created, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(updated, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(deleted, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(throughAnotherPlaybook, HttpStatusCode.NotFound);
        var seen = await GetAsync(member.Client, $"{Root}/playbooks/{playbookId}/conditions");
        Assert.That(seen.GetProperty("items").EnumerateArray().Select(Id), Is.EqualTo(new[] { Id(condition) }), "a team member reads a public playbook's conditions, unchanged");
        Assert.That(seen.GetProperty("items")[0].GetProperty("condition_expr").GetProperty("is").GetProperty("value")[0].GetString(), Is.EqualTo(Option(severity, 0)));
    }

    [Test]
    public async Task AFieldAConditionNames_CannotBeDeletedRetypedOrLoseAListedOption()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, _) = await ConditionalPlaybookAsync();
        var path = $"{Root}/playbooks/{playbookId}/property_fields/{Id(severity)}";
        object WithOptions(int option) => new
        {
            name = "Severity", type = "select",
            attrs = new { options = new[] { new { id = Option(severity, option), name = option == 0 ? "SEV1" : "SEV2" } } },
        };

        using var deleted = await Owner.Client.DeleteAsync(path);
        using var retyped = await PutAsync(Owner.Client, path, new { name = "Severity", type = "text" });
        using var listedOptionRemoved = await PutAsync(Owner.Client, path, WithOptions(1));
        using var otherOptionRemoved = await PutAsync(Owner.Client, path, WithOptions(0));

        Assert.That(await ReadPluginErrorAsync(deleted, HttpStatusCode.Conflict), Does.Contain("referenced by 1 condition"));
        Assert.That(await ReadPluginErrorAsync(retyped, HttpStatusCode.Conflict), Does.Contain("cannot change type"));
        Assert.That(await ReadPluginErrorAsync(listedOptionRemoved, HttpStatusCode.Conflict), Does.Contain("SEV1"));
        Assert.That(otherOptionRemoved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await otherOptionRemoved.Content.ReadAsStringAsync());
        var field = (await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")).EnumerateArray().Single(f => Id(f) == Id(severity));
        Assert.That(field.GetProperty("type").GetString(), Is.EqualTo("select"));
        Assert.That(field.GetProperty("attrs").GetProperty("options").EnumerateArray().Select(Id), Is.EqualTo(new[] { Option(severity, 0) }));
    }

    [Test]
    public async Task StartingARun_CopiesTheConditionsOntoItsFieldsAndHidesTheirTasks()
    {
        await using var license = await LicensedAsync();
        var (playbookId, _, conditionId) = await ConditionalPlaybookAsync();

        var (run, runSeverity) = await RunOfAsync(playbookId);

        var copies = await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}/conditions");
        var copy = copies.GetProperty("items").EnumerateArray().Single();
        Assert.That(Id(copy), Is.Not.EqualTo(conditionId));
        Assert.That(copy.GetProperty("run_id").GetString(), Is.EqualTo(Id(run)));
        Assert.That(copy.GetProperty("playbook_id").GetString(), Is.EqualTo(playbookId));
        Assert.That(copy.GetProperty("condition_expr").GetProperty("is").GetProperty("field_id").GetString(), Is.EqualTo(Id(runSeverity)));
        Assert.That(Item(run, 0, 0, "condition_id"), Is.EqualTo(Id(copy)));
        Assert.That(Item(run, 0, 0, "condition_action"), Is.EqualTo("hidden"));
        Assert.That(Item(run, 0, 0, "condition_reason"), Is.EqualTo("\"Severity\" is SEV1"));
        Assert.That(Item(run, 0, 1, "condition_action"), Is.Empty);
        Assert.That(run.GetProperty("task_total").GetInt32(), Is.EqualTo(2), "a hidden task is not counted");
        Assert.That((await ConditionsAsync(playbookId)).GetProperty("total_count").GetInt32(), Is.EqualTo(1), "the playbook's list leaves run copies out");
    }

    [Test]
    public async Task SettingTheRunsValue_ShowsTheTaskWhileTheConditionHoldsAndHidesItAgainAfter()
    {
        await using var license = await LicensedAsync();
        var (playbookId, _, _) = await ConditionalPlaybookAsync();
        var (run, runSeverity) = await RunOfAsync(playbookId);

        await SetValueAsync(Id(run), Id(runSeverity), Option(runSeverity, 0));
        var shown = await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}");
        await SetValueAsync(Id(run), Id(runSeverity), Option(runSeverity, 1));
        var hidden = await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}");

        Assert.That(Item(shown, 0, 0, "condition_action"), Is.Empty);
        Assert.That(shown.GetProperty("task_total").GetInt32(), Is.EqualTo(3));
        Assert.That(Item(hidden, 0, 0, "condition_action"), Is.EqualTo("hidden"));
        Assert.That(hidden.GetProperty("task_total").GetInt32(), Is.EqualTo(2));
        Assert.That(TimelineTypes(hidden).Count(t => t == "property_changed"), Is.EqualTo(2), "showing and hiding tasks writes no timeline entry of its own");
    }

    [Test]
    public async Task ATaskWorkedOn_StaysShownWhenItsConditionStopsHolding()
    {
        await using var license = await LicensedAsync();
        var (playbookId, _, _) = await ConditionalPlaybookAsync();
        var (run, runSeverity) = await RunOfAsync(playbookId);
        await SetValueAsync(Id(run), Id(runSeverity), Option(runSeverity, 0));
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{Id(run)}/checklists/0/item/0/state", new { new_state = "closed" }));

        await SetValueAsync(Id(run), Id(runSeverity), null);

        var after = await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}");
        Assert.That(Item(after, 0, 0, "condition_action"), Is.EqualTo("shown_because_modified"));
        Assert.That(Item(after, 0, 0, "condition_reason"), Is.EqualTo("shown because the task was modified"));
        Assert.That(after.GetProperty("task_total").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task DuplicatingAPlaybook_CopiesItsConditionsOntoTheCopysFieldsAndPointsItsTasksAtThem()
    {
        await using var license = await LicensedAsync();
        var (playbookId, _, conditionId) = await ConditionalPlaybookAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/duplicate", null);

        var copyId = Id(await response.ReadJsonAsync(HttpStatusCode.Created));
        var copy = await GetAsync(Owner.Client, $"{Root}/playbooks/{copyId}");
        var copiedSeverity = (await GetAsync(Owner.Client, $"{Root}/playbooks/{copyId}/property_fields")).EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Severity");
        var copiedCondition = (await ConditionsAsync(copyId)).GetProperty("items").EnumerateArray().Single();
        Assert.That(Id(copiedCondition), Is.Not.EqualTo(conditionId));
        Assert.That(copiedCondition.GetProperty("playbook_id").GetString(), Is.EqualTo(copyId));
        Assert.That(copiedCondition.GetProperty("condition_expr").GetProperty("is").GetProperty("field_id").GetString(), Is.EqualTo(Id(copiedSeverity)));
        Assert.That(Item(copy, 0, 0, "condition_id"), Is.EqualTo(Id(copiedCondition)));
        Assert.That((await ConditionsAsync(playbookId)).GetProperty("items").EnumerateArray().Select(Id), Is.EqualTo(new[] { conditionId }), "the original keeps its own");
    }

    [Test]
    public async Task ARunStartedWithoutTheLicense_KeepsEveryTaskShownAndCopiesNoConditions()
    {
        string playbookId;
        await using (await LicensedAsync())
        {
            (playbookId, _, _) = await ConditionalPlaybookAsync();
        }

        await using var professional = await LicensedAsync(Skus.Professional);
        var run = await CreateRunAsync(Owner.Client, playbookId);

        Assert.That(Item(run, 0, 0, "condition_action"), Is.Empty);
        Assert.That(run.GetProperty("task_total").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task RunConditions_AreReadOnlyAndHiddenFromThoseWhoCannotSeeTheRun()
    {
        await using var license = await LicensedAsync();
        var (playbookId, severity, _) = await ConditionalPlaybookAsync();
        var (run, _) = await RunOfAsync(playbookId);
        var copy = (await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}/conditions")).GetProperty("items")[0];
        using var outsider = await OutsiderAsync();

        using var hidden = await outsider.Client.GetAsync($"{Root}/runs/{Id(run)}/conditions");
        using var updated = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/conditions/{Id(copy)}", SeverityIs(severity, 1));
        using var deleted = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/conditions/{Id(copy)}");

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(updated, HttpStatusCode.BadRequest), Does.Contain("run conditions"));
        Assert.That(await ReadPluginErrorAsync(deleted, HttpStatusCode.BadRequest), Does.Contain("run conditions"));
        var still = (await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}/conditions")).GetProperty("items")[0];
        Assert.That(still.GetRawText(), Is.EqualTo(copy.GetRawText()));
    }
}
