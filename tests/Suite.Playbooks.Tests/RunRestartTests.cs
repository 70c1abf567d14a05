using System.Net;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>A run lives in its event stream: a new process (a new load of the module) reads it back and keeps appending.</summary>
public sealed class RunRestartTests
{
    private const string Root = "/plugins/playbooks/api/v0";

    [Test]
    public async Task Run_AfterARestart_IsTheSameAndTakesNewChanges()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        string runId, token;
        string before;
        await using (var first = await SuiteTestServer.StartAsync(database))
        {
            var api = new SuiteApi(first);
            using var lead = await api.SignUpAndLoginAsync();
            token = lead.Token;
            var teamId = (await SuiteApi.CreateTeamAsync(lead.Client)).GetProperty("id").GetString();
            using var created = await lead.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Restart", team_id = teamId, checklists = new[] { new { title = "Only", items = new[] { new { title = "a" }, new { title = "b" } } } } }));
            var playbookId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
            using var started = await lead.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Before restart", team_id = teamId, playbook_id = playbookId }));
            runId = (await started.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
            using var closed = await lead.Client.PutAsync($"{Root}/runs/{runId}/checklists/0/item/0/state", SuiteApi.Json(new { new_state = "closed" }));
            using var read = await lead.Client.GetAsync($"{Root}/runs/{runId}");
            before = (await read.ReadJsonAsync(HttpStatusCode.OK)).ToString();
        }

        await using var second = await SuiteTestServer.StartAsync(database);
        using var client = new SuiteApi(second).WithToken(token);
        using var again = await client.GetAsync($"{Root}/runs/{runId}");
        var after = (await again.ReadJsonAsync(HttpStatusCode.OK)).ToString();
        using var closedAfter = await client.PutAsync($"{Root}/runs/{runId}/checklists/0/item/1/state", SuiteApi.Json(new { new_state = "closed" }));
        using var final = await client.GetAsync($"{Root}/runs/{runId}");

        Assert.That(after, Is.EqualTo(before));
        Assert.That(closedAfter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await final.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("task_completed").GetInt32(), Is.EqualTo(2));
    }
}
