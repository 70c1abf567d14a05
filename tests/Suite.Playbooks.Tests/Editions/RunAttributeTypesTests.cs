using System.Net;
using System.Text.Json;
using Suite.Licensing.Signing;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>The date and multiuser run attributes, as Mattermost's property fields sanitize them.</summary>
public sealed class RunAttributeTypesTests : LicensedPlaybooksFixture
{
    private IAsyncDisposable? _license;

    [SetUp]
    public async Task InstallProfessional() => _license = await LicensedAsync(Skus.Professional);

    [TearDown]
    public async Task RemoveLicense()
    {
        if (_license is not null)
        {
            await _license.DisposeAsync();
            _license = null;
        }
    }

    [TestCase("\"2026-03-09T14:30:00Z\"", "2026-03-09T14:30:00Z")]
    [TestCase("\"2026-03-09\"", "2026-03-09T00:00:00Z")]
    [TestCase("1773066600000", "2026-03-09T14:30:00Z")]
    [TestCase("\"1773066600000\"", "2026-03-09T14:30:00Z")]
    public async Task DateValue_IsStoredAsRfc3339(string sent, string stored)
    {
        var (runId, fields) = await RunWithFieldsAsync();

        using var response = await Owner.Client.PutAsync($"{Root}/runs/{runId}/property_fields/{Id(fields["Detected"])}/value", SuiteApi.Raw($"{{\"value\":{sent}}}"));

        var value = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(value.GetProperty("value").GetString(), Is.EqualTo(stored));
        var summary = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}")).GetProperty("timeline_events").EnumerateArray()
            .Last(e => e.GetProperty("event_type").GetString() == "property_changed").GetProperty("summary").GetString();
        Assert.That(summary, Is.EqualTo($"@{Owner.User.Username} set Detected to {stored}"));
    }

    [Test]
    public async Task MultiuserValue_IsStoredWithoutRepeatsAndShownAsMentions()
    {
        using var first = await TeamMemberAsync();
        using var second = await TeamMemberAsync();
        var (runId, fields) = await RunWithFieldsAsync();

        using var response = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields/{Id(fields["Responders"])}/value", new { value = new[] { first.Id, second.Id, first.Id } });

        var value = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(value.GetProperty("value").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { first.Id, second.Id }));
        var summary = (await GetAsync(Owner.Client, $"{Root}/runs/{runId}")).GetProperty("timeline_events").EnumerateArray()
            .Last(e => e.GetProperty("event_type").GetString() == "property_changed").GetProperty("summary").GetString();
        Assert.That(summary, Is.EqualTo($"@{Owner.User.Username} set Responders to @{first.User.Username}, @{second.User.Username}"));
    }

    [TestCase("Detected", "{\"value\":\"next tuesday\"}")]
    [TestCase("Detected", "{\"value\":\"2026-13-40\"}")]
    [TestCase("Detected", "{\"value\":true}")]
    [TestCase("Detected", "{\"value\":[1]}")]
    [TestCase("Responders", "{\"value\":\"MEMBER\"}")]
    [TestCase("Responders", "{\"value\":[\"not-an-id\"]}")]
    [TestCase("Responders", "{\"value\":[\"MEMBER\",\"OUTSIDER\"]}")]
    [TestCase("Responders", "{\"value\":[1]}")]
    public async Task AValueThatDoesNotFitTheType_Answers400AndChangesNothing(string field, string body)
    {
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var (runId, fields) = await RunWithFieldsAsync();
        body = body.Replace("MEMBER", member.Id, StringComparison.Ordinal).Replace("OUTSIDER", outsider.Id, StringComparison.Ordinal);

        using var response = await Owner.Client.PutAsync($"{Root}/runs/{runId}/property_fields/{Id(fields[field])}/value", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("value"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_values")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task EveryMattermostRunFieldType_CanBeDefined_AndAnUnknownOneIsRefused()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        foreach (var type in new[] { "text", "select", "multiselect", "date", "user", "multiuser" })
        {
            using var created = await Owner.Client.PostAsync(
                $"{Root}/playbooks/{playbookId}/property_fields",
                SuiteApi.Json(new { name = $"A {type}", type, attrs = new { options = new[] { new { name = "one" } } } }));
            var field = await created.ReadJsonAsync(HttpStatusCode.Created);
            Assert.That(field.GetProperty("type").GetString(), Is.EqualTo(type));
        }

        using var refused = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name = "Money", type = "currency" }));
        Assert.That(await ReadPluginErrorAsync(refused, HttpStatusCode.BadRequest), Does.Contain("multiuser"));
    }

    private async Task<(string RunId, Dictionary<string, JsonElement> Fields)> RunWithFieldsAsync()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        foreach (var (name, type) in new[] { ("Detected", "date"), ("Responders", "multiuser") })
        {
            using var created = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name, type }));
            await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        var runId = (await CreateRunAsync(Owner.Client, playbookId)).GetProperty("id").GetString()!;
        var fields = await GetAsync(Owner.Client, $"{Root}/runs/{runId}/property_fields");
        return (runId, fields.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!));
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;
}
