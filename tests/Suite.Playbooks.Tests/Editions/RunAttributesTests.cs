using System.Net;
using System.Text.Json;
using Suite.Licensing.Signing;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>Run attributes: property fields a playbook defines (Professional), copied onto its runs, whose values participants set.</summary>
public sealed class RunAttributesTests : LicensedPlaybooksFixture
{
    private IAsyncDisposable? _license;

    [SetUp]
    public async Task InstallProfessional() => _license = await LicensedAsync(Skus.Professional);

    [TearDown]
    public Task RemoveLicense() => EndLicenseAsync();

    [Test]
    public async Task PropertyFields_CreatedOnAPlaybook_AreListedInOrderWithServerIdsAndChoiceIds()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        var severity = await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" }, new { name = "SEV2" } } } });
        var service = await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });

        Assert.That(severity.GetProperty("id").GetString(), Has.Length.EqualTo(26));
        Assert.That(severity.GetProperty("target_id").GetString(), Is.EqualTo(playbookId));
        Assert.That(severity.GetProperty("target_type").GetString(), Is.EqualTo("playbook"));
        Assert.That(severity.GetProperty("attrs").GetProperty("visibility").GetString(), Is.EqualTo("when_set"));
        Assert.That(severity.GetProperty("attrs").GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()), Has.All.Length.EqualTo(26));
        Assert.That(service.GetProperty("attrs").GetProperty("sort_order").GetDouble(), Is.EqualTo(1));
        var listed = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields");
        Assert.That(Names(listed), Is.EqualTo(new[] { "Severity", "Service" }));
    }

    [TestCase("{\"name\":\"\",\"type\":\"text\"}", "name")]
    [TestCase("{\"name\":\"Color\",\"type\":\"colour\"}", "type")]
    [TestCase("{\"name\":\"Tier\",\"type\":\"select\",\"attrs\":{\"options\":[]}}", "options")]
    [TestCase("{\"name\":\"Tier\",\"type\":\"select\",\"attrs\":{\"options\":[{\"name\":\"a\"},{\"name\":\"a\"}]}}", "options")]
    [TestCase("{\"name\":\"Tier\",\"type\":\"text\",\"attrs\":{\"visibility\":\"sometimes\"}}", "visibility")]
    [TestCase("{\"name\":", "body")]
    public async Task CreatePropertyField_WithBadInput_Answers400AndCreatesNothing(string body, string named)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task CreatePropertyField_BeyondTwentyOnOnePlaybook_Answers400()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        for (var i = 0; i < 20; i++)
        {
            await CreateFieldAsync(playbookId, new { name = $"Field {i}", type = "text" });
        }

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name = "One too many", type = "text" }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("at most 20"));
    }

    [Test]
    public async Task PropertyFields_OfAPlaybook_AreChangedOnlyByThoseWhoMayEditIt()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var field = await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        var fieldId = field.GetProperty("id").GetString();
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var created = await member.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name = "Mine", type = "text" }));
        using var renamed = await PutAsync(member.Client, $"{Root}/playbooks/{playbookId}/property_fields/{fieldId}", new { name = "Hijacked", type = "text" });
        using var deleted = await member.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/property_fields/{fieldId}");
        using var hidden = await outsider.Client.GetAsync($"{Root}/playbooks/{playbookId}/property_fields");

        await ReadPluginErrorAsync(created, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(renamed, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(deleted, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        Assert.That(Names(await GetAsync(member.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Service" }), "a team member still reads a public playbook's fields");
    }

    [Test]
    public async Task UpdateReorderAndDelete_ChangeThePlaybooksFields()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var first = (await CreateFieldAsync(playbookId, new { name = "First", type = "text" })).GetProperty("id").GetString();
        var second = (await CreateFieldAsync(playbookId, new { name = "Second", type = "text" })).GetProperty("id").GetString();
        var third = (await CreateFieldAsync(playbookId, new { name = "Third", type = "text" })).GetProperty("id").GetString();

        using var updated = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields/{second}", new { name = "Region", type = "multiselect", attrs = new { options = new[] { new { name = "eu" }, new { name = "us" } } } });
        using var reordered = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields/reorder", SuiteApi.Json(new { field_id = third, target_position = 0 }));
        using var deleted = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/property_fields/{first}");

        var region = await updated.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(region.GetProperty("type").GetString(), Is.EqualTo("multiselect"));
        Assert.That(region.GetProperty("id").GetString(), Is.EqualTo(second));
        Assert.That(Names(await reordered.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { "Third", "First", "Region" }));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Names(await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Third", "Region" }));
        await CreateFieldAsync(playbookId, new { name = "Fourth", type = "text" });
        Assert.That(Names(await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Third", "Region", "Fourth" }), "a new field goes last after a delete");
    }

    [TestCase("{\"field_id\":\"\",\"target_position\":0}", HttpStatusCode.BadRequest)]
    [TestCase("{\"field_id\":\"FIELD\",\"target_position\":-1}", HttpStatusCode.BadRequest)]
    [TestCase("{\"field_id\":\"FIELD\",\"target_position\":2}", HttpStatusCode.BadRequest)]
    [TestCase("{\"field_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"target_position\":0}", HttpStatusCode.NotFound)]
    public async Task Reorder_WithABadFieldOrPosition_IsRefusedAndChangesNothing(string body, HttpStatusCode expected)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var field = (await CreateFieldAsync(playbookId, new { name = "Only", type = "text" })).GetProperty("id").GetString()!;
        await CreateFieldAsync(playbookId, new { name = "Other", type = "text" });

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields/reorder", SuiteApi.Raw(body.Replace("FIELD", field, StringComparison.Ordinal)));

        await ReadPluginErrorAsync(response, expected);
        Assert.That(Names(await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Only", "Other" }));
    }

    [Test]
    public async Task StartingARun_CopiesThePlaybooksFieldsOntoTheRunWithTheirOwnIds()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var severity = await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" } } } });

        var run = await CreateRunAsync(Owner.Client, playbookId);

        var fields = await GetAsync(Owner.Client, $"{Root}/runs/{run.GetProperty("id").GetString()}/property_fields");
        var copy = fields.EnumerateArray().Single();
        Assert.That(copy.GetProperty("id").GetString(), Is.Not.EqualTo(severity.GetProperty("id").GetString()));
        Assert.That(copy.GetProperty("target_type").GetString(), Is.EqualTo("run"));
        Assert.That(copy.GetProperty("target_id").GetString(), Is.EqualTo(run.GetProperty("id").GetString()));
        Assert.That(copy.GetProperty("attrs").GetProperty("parent_id").GetString(), Is.EqualTo(severity.GetProperty("id").GetString()));
        Assert.That(run.GetProperty("property_fields").GetArrayLength(), Is.EqualTo(1), "the run's JSON carries its fields too");
    }

    [Test]
    public async Task SetValue_OfEachType_IsStoredListedAndWritesThePropertyChangedTimeline()
    {
        using var responder = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" }, new { name = "SEV2" } } } });
        await CreateFieldAsync(playbookId, new { name = "Regions", type = "multiselect", attrs = new { options = new[] { new { name = "eu" }, new { name = "us" } } } });
        await CreateFieldAsync(playbookId, new { name = "Commander", type = "user" });
        var (runId, fields) = await StartRunWithFieldsAsync(playbookId);
        string Option(string field, int index) => fields[field].GetProperty("attrs").GetProperty("options")[index].GetProperty("id").GetString()!;

        await SetValueAsync(runId, fields["Service"], "  checkout-api ");
        await SetValueAsync(runId, fields["Severity"], Option("Severity", 0));
        await SetValueAsync(runId, fields["Severity"], Option("Severity", 1));
        await SetValueAsync(runId, fields["Regions"], new[] { Option("Regions", 1), Option("Regions", 0) });
        await SetValueAsync(runId, fields["Commander"], responder.Id);

        var values = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_values")).EnumerateArray()
            .ToDictionary(v => v.GetProperty("field_id").GetString()!, v => v.GetProperty("value").ToString());
        Assert.That(values[Id(fields["Service"])], Is.EqualTo("checkout-api"), "text is trimmed");
        Assert.That(values[Id(fields["Severity"])], Is.EqualTo(Option("Severity", 1)));
        Assert.That(values[Id(fields["Regions"])], Is.EqualTo($"[\"{Option("Regions", 1)}\",\"{Option("Regions", 0)}\"]"));
        Assert.That(values[Id(fields["Commander"])], Is.EqualTo(responder.Id));
        var changes = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}")).GetProperty("timeline_events").EnumerateArray()
            .Where(e => e.GetProperty("event_type").GetString() == "property_changed").ToList();
        var me = $"@{Owner.User.Username}";
        Assert.That(changes.Select(e => e.GetProperty("summary").GetString()), Is.EqualTo(new[]
        {
            $"{me} set Service to checkout-api",
            $"{me} set Severity to SEV1",
            $"{me} updated Severity from SEV1 to SEV2",
            $"{me} set Regions to us, eu",
            $"{me} set Commander to @{responder.User.Username}",
        }));
        using var details = JsonDocument.Parse(changes[2].GetProperty("details").GetString()!);
        Assert.That(details.RootElement.GetProperty("property_field_id").GetString(), Is.EqualTo(Id(fields["Severity"])));
        Assert.That(details.RootElement.GetProperty("old_value").GetString(), Is.EqualTo(Option("Severity", 0)));
        Assert.That(details.RootElement.GetProperty("new_value_display").GetString(), Is.EqualTo("SEV2"));
    }

    [Test]
    public async Task SetValue_TheSameAgainOrCleared_WritesNothingThenACleared()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        var (runId, fields) = await StartRunWithFieldsAsync(playbookId);

        await SetValueAsync(runId, fields["Service"], "billing");
        await SetValueAsync(runId, fields["Service"], "billing");
        var cleared = await SetValueAsync(runId, fields["Service"], null);

        Assert.That(cleared.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var summaries = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}")).GetProperty("timeline_events").EnumerateArray()
            .Where(e => e.GetProperty("event_type").GetString() == "property_changed").Select(e => e.GetProperty("summary").GetString());
        Assert.That(summaries, Is.EqualTo(new[] { $"@{Owner.User.Username} set Service to billing", $"@{Owner.User.Username} cleared Service" }));
    }

    [TestCase("Severity", "{\"value\":\"not-an-option\"}")]
    [TestCase("Severity", "{\"value\":[\"a\"]}")]
    [TestCase("Regions", "{\"value\":\"eu\"}")]
    [TestCase("Service", "{\"value\":42}")]
    [TestCase("Commander", "{\"value\":\"not-an-id\"}")]
    [TestCase("Commander", "{\"value\":\"OUTSIDER\"}")]
    public async Task SetValue_ThatDoesNotFitTheField_Answers400AndChangesNothing(string field, string body)
    {
        using var outsider = await OutsiderAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" } } } });
        await CreateFieldAsync(playbookId, new { name = "Regions", type = "multiselect", attrs = new { options = new[] { new { name = "eu" } } } });
        await CreateFieldAsync(playbookId, new { name = "Commander", type = "user" });
        var (runId, fields) = await StartRunWithFieldsAsync(playbookId);

        using var response = await Owner.Client.PutAsync($"{Root}/runs/{runId}/property_fields/{Id(fields[field])}/value", SuiteApi.Raw(body.Replace("OUTSIDER", outsider.Id, StringComparison.Ordinal)));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("value"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_values")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task SetValue_ByAnyoneButAParticipant_OrOnAFieldNotOnTheRun_OrAFinishedRun_IsRefused()
    {
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var playbookField = await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        var (runId, fields) = await StartRunWithFieldsAsync(playbookId);
        var path = $"{Root}/runs/{runId}/property_fields/{Id(fields["Service"])}/value";

        using var byMember = await PutAsync(member.Client, path, new { value = "x" });
        using var byOutsider = await PutAsync(outsider.Client, path, new { value = "x" });
        using var playbooksOwnField = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields/{Id(playbookField)}/value", new { value = "x" });
        await PutAsync(Owner.Client, $"{Root}/runs/{runId}/finish", new { });
        using var finished = await PutAsync(Owner.Client, path, new { value = "x" });

        await ReadPluginErrorAsync(byMember, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(byOutsider, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(playbooksOwnField, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(finished, HttpStatusCode.BadRequest), Does.Contain("finished"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_values")).GetArrayLength(), Is.Zero);
        using var hidden = await outsider.Client.GetAsync($"{Root}/runs/{runId}/property_values");
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WithoutALicense_WritesAreRefusedWith403AndReadsStillWork()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var field = await CreateFieldAsync(playbookId, new { name = "Service", type = "text" });
        var (runId, fields) = await StartRunWithFieldsAsync(playbookId);
        await SetValueAsync(runId, fields["Service"], "billing");

        await EndLicenseAsync();
        using var created = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name = "Region", type = "text" }));
        using var updated = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields/{Id(field)}", new { name = "Renamed", type = "text" });
        using var reordered = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields/reorder", SuiteApi.Json(new { field_id = Id(field), target_position = 0 }));
        using var deleted = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}/property_fields/{Id(field)}");
        using var valueSet = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields/{Id(fields["Service"])}/value", new { value = "payments" });

        foreach (var response in new[] { created, updated, reordered, deleted, valueSet })
        {
            Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("Run attributes requires the Professional edition"));
        }

        Assert.That(Names(await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Service" }));
        var value = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_values")).EnumerateArray().Single();
        Assert.That(value.GetProperty("value").GetString(), Is.EqualTo("billing"));
    }

    [Test]
    public async Task DuplicateAndExportThenImport_CarryThePlaybooksFieldsWithNewIds()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var severity = await CreateFieldAsync(playbookId, new { name = "Severity", type = "select", attrs = new { options = new[] { new { name = "SEV1" }, new { name = "SEV2" } } } });
        await CreateFieldAsync(playbookId, new { name = "Service", type = "text", attrs = new { visibility = "always" } });

        using var duplicated = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/duplicate", null);
        var file = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/export");
        using var imported = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(file.ToString()));

        Assert.That(Names(file.GetProperty("properties")), Is.EqualTo(new[] { "Severity", "Service" }));
        foreach (var copyId in new[] { Id(await duplicated.ReadJsonAsync(HttpStatusCode.Created)), Id(await imported.ReadJsonAsync(HttpStatusCode.Created)) })
        {
            var fields = await GetAsync(Owner.Client, $"{Root}/playbooks/{copyId}/property_fields");
            Assert.That(Names(fields), Is.EqualTo(new[] { "Severity", "Service" }));
            Assert.That(Id(fields[0]), Is.Not.EqualTo(Id(severity)));
            Assert.That(fields[0].GetProperty("target_id").GetString(), Is.EqualTo(copyId));
            Assert.That(fields[0].GetProperty("attrs").GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()), Is.EqualTo(new[] { "SEV1", "SEV2" }));
            Assert.That(fields[1].GetProperty("attrs").GetProperty("visibility").GetString(), Is.EqualTo("always"));
        }

        Assert.That(Names(await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}/property_fields")), Is.EqualTo(new[] { "Severity", "Service" }), "the original keeps its own");
    }

    private async Task EndLicenseAsync()
    {
        if (_license is not null)
        {
            await _license.DisposeAsync();
            _license = null;
        }
    }

    private async Task<JsonElement> CreateFieldAsync(string playbookId, object field)
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(field));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<(string RunId, Dictionary<string, JsonElement> Fields)> StartRunWithFieldsAsync(string playbookId)
    {
        var runId = (await CreateRunAsync(Owner.Client, playbookId)).GetProperty("id").GetString()!;
        var fields = await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields");
        return (runId, fields.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!));
    }

    private async Task<JsonElement> SetValueAsync(string runId, JsonElement field, object? value)
    {
        using var response = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields/{Id(field)}/value", new { value });
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static IEnumerable<string> Names(JsonElement fields) => fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()!);
}
