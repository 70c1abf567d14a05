using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>Enterprise: the compliance export of runs, as whole runs (JSON) and as their timelines (CSV).</summary>
public sealed class RunComplianceExportTests : LicensedPlaybooksFixture
{
    [Test]
    public async Task Export_WithoutALicense_Answers403NamingTheEnterpriseEdition()
    {
        using var response = await Admin.Client.GetAsync($"{Root}/compliance/runs/export?start=0&end={Now()}");

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("Compliance export of runs requires the Enterprise edition"));
    }

    [Test]
    public async Task Export_AsCsv_HasARowPerTimelineEventInThePeriod_WithFormulasDefused()
    {
        var playbook = await CreatePlaybookAsync(Owner.Client);
        var run = await StartRunAsync(TeamId, playbook, name: "=HYPERLINK(\"http://x\")");
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{run}/checklists/0/item/0/state", new { new_state = "closed" }));
        var end = Now() + 1;

        string csv;
        await using (await LicensedAsync())
        {
            using var response = await Admin.Client.GetAsync($"{Root}/compliance/runs/export?start=0&end={end}&format=csv");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.EndWith(".csv"));
            csv = await response.Content.ReadAsStringAsync();
        }

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("run_id,sequential_id,run_name,team_id,channel_id,playbook_id,event_at,event_type,actor_user_id,actor_username"));
        var ours = lines.Where(l => l.StartsWith(run, StringComparison.Ordinal)).ToList();
        Assert.That(ours.Select(l => l.Contains(",incident_created,", StringComparison.Ordinal) ? "created" : l.Contains(",task_state_modified,", StringComparison.Ordinal) ? "ticked" : "other"),
            Is.EqualTo(new[] { "created", "ticked" }));
        Assert.That(ours[1], Does.Contain("\"'=HYPERLINK(\"\"http://x\"\")\"").And.Contain("," + Owner.User.Username + ","));
    }

    [Test]
    public async Task Export_AsJson_HoldsWholeRunsActiveInThePeriodOnly()
    {
        var playbook = await CreatePlaybookAsync(Owner.Client);
        var early = await StartRunAsync(TeamId, playbook, name: "Early");
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{early}/finish", new { }));
        Clock.Advance(TimeSpan.FromHours(1));
        var start = Now();
        var late = await StartRunAsync(TeamId, playbook, name: "Late");

        JsonElement runs;
        await using (await LicensedAsync())
        {
            runs = await GetAsync(Admin.Client, $"{Root}/compliance/runs/export?start={start}&end={Now() + 1}&format=json");
        }

        var ids = runs.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Does.Contain(late).And.Not.Contain(early));
        var exported = runs.EnumerateArray().Single(r => r.GetProperty("id").GetString() == late);
        Assert.That(exported.GetProperty("timeline_events").GetArrayLength(), Is.Positive);
        Assert.That(exported.GetProperty("checklists").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Export_ByAnyoneButASystemAdmin_OrWithABadPeriod_IsRefused()
    {
        await using var license = await LicensedAsync();

        using var byOwner = await Owner.Client.GetAsync($"{Root}/compliance/runs/export?start=0&end={Now()}");
        using var backwards = await Admin.Client.GetAsync($"{Root}/compliance/runs/export?start={Now()}&end=0");
        using var badFormat = await Admin.Client.GetAsync($"{Root}/compliance/runs/export?start=0&end={Now()}&format=xml");

        await ReadPluginErrorAsync(byOwner, HttpStatusCode.Forbidden);
        Assert.That(await ReadPluginErrorAsync(backwards, HttpStatusCode.BadRequest), Does.Contain("end must be after start"));
        Assert.That(await ReadPluginErrorAsync(badFormat, HttpStatusCode.BadRequest), Does.Contain("format"));
    }

    private long Now() => Clock.GetUtcNow().ToUnixTimeMilliseconds();
}
