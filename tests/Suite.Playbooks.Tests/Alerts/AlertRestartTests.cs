using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Alerts;

/// <summary>
/// An accepted alert lives in the database until it is processed: a host that stops in between
/// leaves it to the next one, and doing a delivery again after its run began starts no second run.
/// </summary>
public sealed class AlertRestartTests
{
    private const string Root = "/plugins/playbooks/api/v0";

    private static readonly Dictionary<string, string?> AcceptOnly = new() { ["Suite:Playbooks:Alerts:ProcessInbox"] = "false" };
    private static readonly Dictionary<string, string?> QuickPoll = new() { ["Suite:Playbooks:Alerts:PollInterval"] = "00:00:00.200" };

    [Test]
    public async Task AcceptedAlert_WhenTheHostStopsBeforeProcessingIt_StartsItsRunAfterARestart()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        string token, teamId, playbookId;
        await using (var first = await SuiteTestServer.StartAsync(database, settings: AcceptOnly))
        {
            (token, teamId, playbookId, var url) = await PlaybookWithSourceAsync(first);
            using var posted = await PostAsync(first, url, Body("Disk full on db-1"));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            await Task.Delay(500);
            Assert.That(await InboxCountAsync(database), Is.EqualTo(1));
            Assert.That(await RunsAsync(first, token, teamId, playbookId), Is.Empty);
        }

        await using var second = await SuiteTestServer.StartAsync(database, settings: QuickPoll);
        var run = await WaitForRunAsync(second, token, teamId, playbookId);

        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("DiskFull"));
        Assert.That(TimelineTypes(run), Is.EqualTo(new[] { "incident_created", "alert_fired" }));
        // The run is visible as soon as it is written; the worker removes the delivery just after.
        await WaitUntilInboxEmptyAsync(database);
    }

    [Test]
    public async Task DeliveryDoneAgainAfterItsRunBegan_StartsNoSecondRunAndRecordsTheAlertOnce()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        string token, teamId, playbookId;
        object[] row;
        await using (var first = await SuiteTestServer.StartAsync(database, settings: AcceptOnly))
        {
            (token, teamId, playbookId, var url) = await PlaybookWithSourceAsync(first);
            using var posted = await PostAsync(first, url, Body("Disk full on db-1"));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            row = await InboxRowAsync(database);
        }

        await using var second = await SuiteTestServer.StartAsync(database, settings: QuickPoll);
        var runId = (await WaitForRunAsync(second, token, teamId, playbookId)).GetProperty("id").GetString()!;
        await WaitUntilInboxEmptyAsync(database);

        // As if the process had stopped after the run began but before the delivery was removed.
        await ReinsertAsync(database, row);
        await WaitUntilInboxEmptyAsync(database);

        var runs = await RunsAsync(second, token, teamId, playbookId);
        using var client = new SuiteApi(second).WithToken(token);
        using var read = await client.GetAsync($"{Root}/runs/{runId}");
        var run = await read.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(runs, Has.Count.EqualTo(1));
        Assert.That(TimelineTypes(run), Is.EqualTo(new[] { "incident_created", "alert_fired" }));
    }

    private static async Task<(string Token, string TeamId, string PlaybookId, string Url)> PlaybookWithSourceAsync(SuiteTestServer server)
    {
        var api = new SuiteApi(server);
        using var lead = await api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(lead.Client)).GetProperty("id").GetString()!;
        using var created = await lead.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Disk", team_id = teamId, checklists = new[] { new { title = "Only", items = new[] { new { title = "a" } } } } }));
        var playbookId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using var source = await lead.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind = "alertmanager", name = "Prometheus" }));
        var url = (await source.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString()!;
        return (lead.Token, teamId, playbookId, url);
    }

    private static string Body(string summary) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "4",
        ["groupKey"] = "{}:{alertname=\"DiskFull\"}",
        ["status"] = "firing",
        ["alerts"] = new[]
        {
            new Dictionary<string, object>
            {
                ["status"] = "firing",
                ["labels"] = new Dictionary<string, string> { ["alertname"] = "DiskFull", ["instance"] = "db-1" },
                ["annotations"] = new Dictionary<string, string> { ["summary"] = summary },
                ["startsAt"] = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero).ToString("o", CultureInfo.InvariantCulture),
                ["fingerprint"] = "a1b2c3d4e5f60718",
            },
        },
    });

    private static async Task<HttpResponseMessage> PostAsync(SuiteTestServer server, string url, string body)
    {
        using var client = new SuiteApi(server).Anonymous();
        return await client.PostAsync(new Uri(url).PathAndQuery, new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private static async Task<IReadOnlyList<JsonElement>> RunsAsync(SuiteTestServer server, string token, string teamId, string playbookId)
    {
        using var client = new SuiteApi(server).WithToken(token);
        using var response = await client.GetAsync($"{Root}/runs?team_id={teamId}&playbook_id={playbookId}");
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
    }

    private static async Task<JsonElement> WaitForRunAsync(SuiteTestServer server, string token, string teamId, string playbookId)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            var runs = await RunsAsync(server, token, teamId, playbookId);
            if (runs.Count > 0 && TimelineTypes(runs[0]).Contains("alert_fired"))
            {
                return runs[0];
            }

            await Task.Delay(100);
        }

        Assert.Fail("The accepted alert started no run.");
        return default;
    }

    private static IEnumerable<string> TimelineTypes(JsonElement run) =>
        run.GetProperty("timeline_events").EnumerateArray().Select(e => e.GetProperty("event_type").GetString()!);

    private static async Task<long> InboxCountAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM playbooks.alert_inbox", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilInboxEmptyAsync(string database)
    {
        var waited = Stopwatch.StartNew();
        while (await InboxCountAsync(database) > 0)
        {
            Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the inbox was not worked off");
            await Task.Delay(100);
        }
    }

    private static async Task<object[]> InboxRowAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, source_id, body, received_at FROM playbooks.alert_inbox", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, "the accepted delivery is stored");
        var row = new object[4];
        reader.GetValues(row);
        return row;
    }

    private static async Task ReinsertAsync(string database, object[] row)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO playbooks.alert_inbox (id, source_id, body, received_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)", connection);
        foreach (var value in row)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
