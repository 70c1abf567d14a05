using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Alerts;

public sealed class AlertSourceTests : AlertsFixture
{
    [Test]
    public async Task CreateSource_ByThePlaybooksEditor_ShowsTheAddressWithItsSecretOnceAndNeverAgain()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        using var response = await Owner.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind = "alertmanager", name = "Prometheus" }));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v0/alert-sources/{id}"));
        Assert.That(created.GetProperty("url").GetString(), Does.Match($"^http://127\\.0\\.0\\.1:[0-9]+/plugins/playbooks/alerts/{id}/[0-9a-f]{{40}}$"));
        Assert.That(created.GetProperty("secret_shown_once").GetBoolean(), Is.True);
        Assert.That(created.GetProperty("name_template").GetString(), Is.EqualTo("{{alertname}}"));
        Assert.That(created.GetProperty("creator_id").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(created.TryGetProperty("secret_hash", out _), Is.False);

        var read = await GetAsync(Owner.Client, $"{Root}/alert-sources/{id}");
        var listed = await GetAsync(Owner.Client, $"{Root}/alert-sources?playbook_id={playbookId}");
        Assert.That(read.TryGetProperty("url", out _), Is.False, "the secret is shown only when made");
        Assert.That(read.ToString(), Does.Not.Contain(created.GetProperty("url").GetString()!.Split('/')[^1]));
        Assert.That(listed.EnumerateArray().Select(s => s.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));
        Assert.That(listed[0].TryGetProperty("url", out _), Is.False);
    }

    [Test]
    public async Task CreateSource_ForPagerDuty_AlsoGivesTheRoutingKeyForTheSharedEnqueueAddress()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        var created = await CreateSourceAsync(Owner.Client, playbookId, "pagerduty");

        var id = created.GetProperty("id").GetString()!;
        var secret = created.GetProperty("url").GetString()!.Split('/')[^1];
        Assert.That(created.GetProperty("routing_key").GetString(), Is.EqualTo(id + secret));
        Assert.That(created.GetProperty("enqueue_url").GetString(), Does.EndWith("/plugins/playbooks/alerts/pagerduty/v2/enqueue"));
        Assert.That(created.GetProperty("name_template").GetString(), Is.EqualTo("{{summary}}"));
    }

    [Test]
    public async Task RegenerateSecret_GivesANewAddressAndTheOldOneStopsWorking()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var created = await CreateSourceAsync(Owner.Client, playbookId);
        var id = created.GetProperty("id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/alert-sources/{id}/regenerate-secret", null);

        var regenerated = await response.ReadJsonAsync(HttpStatusCode.OK);
        var body = AlertmanagerBody("{}:{alertname=\"Regen\"}", ("firing", Labels("Regen"), FiredAt));
        using var old = await PostAlertAsync(created.GetProperty("url").GetString()!, body);
        using var fresh = await PostAlertAsync(regenerated.GetProperty("url").GetString()!, body);
        Assert.That(regenerated.GetProperty("url").GetString(), Is.Not.EqualTo(created.GetProperty("url").GetString()));
        Assert.That(regenerated.GetProperty("secret_shown_once").GetBoolean(), Is.True);
        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task UpdateSource_ChangesNameTemplateAndRulesAndKeepsWhatWasLeftOut()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var id = (await CreateSourceAsync(Owner.Client, playbookId, nameTemplate: "{{alertname}}")).GetProperty("id").GetString()!;

        using var response = await PutAsync(Owner.Client, $"{Root}/alert-sources/{id}", new
        {
            name = "Renamed",
            rules = new[] { new { matchers = new[] { new { label = "team", op = "=~", value = "db|storage" } }, severities = new[] { "critical" } } },
        });

        var updated = await response.ReadJsonAsync(HttpStatusCode.OK);
        var read = await GetAsync(Owner.Client, $"{Root}/alert-sources/{id}");
        Assert.That(read.ToString(), Is.EqualTo(updated.ToString()));
        Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("Renamed"));
        Assert.That(read.GetProperty("name_template").GetString(), Is.EqualTo("{{alertname}}"));
        var rule = read.GetProperty("rules")[0];
        Assert.That(rule.GetProperty("matchers")[0].GetProperty("value").GetString(), Is.EqualTo("db|storage"));
        Assert.That(rule.GetProperty("severities")[0].GetString(), Is.EqualTo("critical"));
    }

    [Test]
    public async Task DeleteSource_RemovesItAndItsAddress()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var created = await CreateSourceAsync(Owner.Client, playbookId);
        var id = created.GetProperty("id").GetString()!;

        using var deleted = await Owner.Client.DeleteAsync($"{Root}/alert-sources/{id}");

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var read = await Owner.Client.GetAsync($"{Root}/alert-sources/{id}");
        Assert.That(await ReadPluginErrorAsync(read, HttpStatusCode.NotFound), Does.Contain("Alert source not found"));
        using var posted = await PostAlertAsync(created.GetProperty("url").GetString()!, AlertmanagerBody("g", ("firing", Labels("Gone"), FiredAt)));
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ManageSources_ByATeamMemberWhoMayNotEditThePlaybook_Answers403AndChangesNothing()
    {
        using var reader = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var id = (await CreateSourceAsync(Owner.Client, playbookId)).GetProperty("id").GetString()!;

        using var create = await reader.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind = "grafana", name = "Mine" }));
        using var list = await reader.Client.GetAsync($"{Root}/alert-sources?playbook_id={playbookId}");
        using var read = await reader.Client.GetAsync($"{Root}/alert-sources/{id}");
        using var update = await PutAsync(reader.Client, $"{Root}/alert-sources/{id}", new { name = "Taken over" });
        using var regenerate = await reader.Client.PostAsync($"{Root}/alert-sources/{id}/regenerate-secret", null);
        using var delete = await reader.Client.DeleteAsync($"{Root}/alert-sources/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(regenerate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
        var sources = await GetAsync(Owner.Client, $"{Root}/alert-sources?playbook_id={playbookId}");
        Assert.That(sources.GetArrayLength(), Is.EqualTo(1));
        Assert.That(sources[0].GetProperty("name").GetString(), Is.EqualTo("alertmanager source"));
    }

    [Test]
    public async Task ManageSources_FromOutsideTheTeam_Answers404AsIfNothingExisted()
    {
        using var outsider = await OutsiderAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var id = (await CreateSourceAsync(Owner.Client, playbookId)).GetProperty("id").GetString()!;

        using var create = await outsider.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind = "grafana", name = "Mine" }));
        using var read = await outsider.Client.GetAsync($"{Root}/alert-sources/{id}");
        using var delete = await outsider.Client.DeleteAsync($"{Root}/alert-sources/{id}");
        using var anonymous = Api.Anonymous();
        using var signedOut = await anonymous.GetAsync($"{Root}/alert-sources/{id}");

        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/alert-sources/{id}")).GetProperty("id").GetString(), Is.EqualTo(id));
    }

    [TestCase("""{"kind":"nagios","name":"x"}""", "kind")]
    [TestCase("""{"kind":"alertmanager","name":" "}""", "name")]
    [TestCase("""{"kind":"alertmanager","name":"x","rules":[{"matchers":[{"label":"team","op":"==","value":"db"}]}]}""", "op")]
    [TestCase("""{"kind":"alertmanager","name":"x","rules":[{"matchers":[{"label":"team","op":"=~","value":"(db"}]}]}""", "regular expression")]
    [TestCase("""{"kind":"alertmanager","name":"x","rules":[{"matchers":[],"severities":[]}]}""", "at least one matcher")]
    [TestCase("""{"kind":"alertmanager","name":"x","rules":"all"}""", "rules")]
    public async Task CreateSource_WithBadInput_Answers400NamingTheProblemAndCreatesNothing(string body, string named)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        json["playbook_id"] = JsonSerializer.SerializeToElement(playbookId);

        using var response = await Owner.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Raw(JsonSerializer.Serialize(json)));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/alert-sources?playbook_id={playbookId}")).GetArrayLength(), Is.Zero);
    }
}
