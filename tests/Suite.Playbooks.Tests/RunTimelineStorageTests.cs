using System.Net;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>
/// A run's timeline entries are documents of their own: a change writes its new entries, never the
/// whole timeline again, and runs stored with the timeline inside their document get it moved out at start.
/// </summary>
public sealed class RunTimelineStorageTests
{
    private const string Root = "/plugins/playbooks/api/v0";
    private const string StoredTimelineLength = "SELECT jsonb_array_length(data -> 'timeline_events') FROM playbooks.mt_doc_playbookrun WHERE id = @run";

    [Test]
    public async Task AChangeToARun_StoresItsNewEntriesOnTheirOwn_AndLeavesTheRunDocumentWithoutATimeline()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var server = await SuiteTestServer.StartAsync(database);
        using var lead = await new SuiteApi(server).SignUpAndLoginAsync();
        var runId = await StartRunAsync(lead.Client);
        await CloseAsync(lead.Client, runId, 0);
        await CloseAsync(lead.Client, runId, 1);

        var timeline = await TimelineAsync(lead.Client, runId);

        Assert.That(timeline.Select(e => e.Type), Is.EqualTo(new[] { "incident_created", "task_state_modified", "task_state_modified" }));
        Assert.That(await server.ScalarAsync<int>(StoredTimelineLength, ("run", runId)), Is.EqualTo(0));
        Assert.That(await server.ScalarAsync<long>("SELECT count(*) FROM playbooks.mt_doc_storedtimelineentry WHERE data ->> 'run_id' = @run", ("run", runId)), Is.EqualTo(3));
    }

    [Test]
    public async Task ARunStoredWithItsTimelineInside_HasItMovedOutAtTheNextStart_InOrder_AndKeepsAppending()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        string runId, token;
        List<(string Id, string Type)> before;
        await using (var first = await SuiteTestServer.StartAsync(database))
        {
            using var lead = await new SuiteApi(first).SignUpAndLoginAsync();
            token = lead.Token;
            runId = await StartRunAsync(lead.Client);
            await CloseAsync(lead.Client, runId, 0);
            await CloseAsync(lead.Client, runId, 1);
            before = await TimelineAsync(lead.Client, runId);

            // The layout of earlier versions, for the next start: the entries inside the run document, none on their own.
            await first.ExecuteAsync(
                """
                WITH moved AS (
                    UPDATE playbooks.mt_doc_playbookrun r
                       SET data = jsonb_set(r.data, '{timeline_events}',
                           (SELECT jsonb_agg(e.data -> 'entry' ORDER BY e.position) FROM playbooks.mt_doc_storedtimelineentry e WHERE e.data ->> 'run_id' = r.id))
                     WHERE r.id = @run RETURNING r.id)
                DELETE FROM playbooks.mt_doc_storedtimelineentry WHERE data ->> 'run_id' IN (SELECT id FROM moved)
                """,
                ("run", runId));
        }

        await using var second = await SuiteTestServer.StartAsync(database);
        using var client = new SuiteApi(second).WithToken(token);
        var after = await TimelineAsync(client, runId);
        await CloseAsync(client, runId, 2);
        var appended = await TimelineAsync(client, runId);

        Assert.That(after, Is.EqualTo(before));
        Assert.That(await second.ScalarAsync<int>(StoredTimelineLength, ("run", runId)), Is.EqualTo(0));
        Assert.That(appended.Take(before.Count), Is.EqualTo(before));
        Assert.That(appended, Has.Count.EqualTo(before.Count + 1));
    }

    private static async Task<string> StartRunAsync(HttpClient client)
    {
        var teamId = (await SuiteApi.CreateTeamAsync(client)).GetProperty("id").GetString();
        var items = new[] { new { title = "a" }, new { title = "b" }, new { title = "c" } };
        using var created = await client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Timeline", team_id = teamId, checklists = new[] { new { title = "Only", items } } }));
        var playbookId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        using var started = await client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Timeline", team_id = teamId, playbook_id = playbookId }));
        return (await started.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static async Task CloseAsync(HttpClient client, string runId, int item)
    {
        using var closed = await client.PutAsync($"{Root}/runs/{runId}/checklists/0/item/{item}/state", SuiteApi.Json(new { new_state = "closed" }));
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<List<(string Id, string Type)>> TimelineAsync(HttpClient client, string runId)
    {
        using var read = await client.GetAsync($"{Root}/runs/{runId}");
        var run = await read.ReadJsonAsync(HttpStatusCode.OK);
        return run.GetProperty("timeline_events").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("event_type").GetString()!)).ToList();
    }
}
