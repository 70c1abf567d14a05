using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>A reminder due while no process ran is posted by the next one: due times are stored, not held in timers.</summary>
public sealed class ReminderRestartTests
{
    private const string Root = "/plugins/playbooks/api/v0";

    [Test]
    public async Task Reminder_DueWhileTheServerWasDown_IsPostedAfterTheRestart()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var before = TestClock.StartingNow();
        string runId, token;
        await using (var first = await SuiteTestServer.StartAsync(database, configure: b => b.Services.AddSingleton<TimeProvider>(before)))
        {
            var api = new SuiteApi(first);
            using var lead = await api.SignUpAndLoginAsync();
            token = lead.Token;
            var teamId = (await SuiteApi.CreateTeamAsync(lead.Client)).GetProperty("id").GetString();
            using var created = await lead.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Restart", team_id = teamId, reminder_timer_default_seconds = 600 }));
            var playbookId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
            using var started = await lead.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Across a restart", team_id = teamId, playbook_id = playbookId }));
            runId = (await started.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        }

        var after = new FakeTimeProvider(before.GetUtcNow() + TimeSpan.FromMinutes(11));
        await using var second = await SuiteTestServer.StartAsync(database, configure: b => b.Services.AddSingleton<TimeProvider>(after));
        using var client = new SuiteApi(second).WithToken(token);

        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var read = await client.GetAsync($"{Root}/runs/{runId}");
            var run = await read.ReadJsonAsync(HttpStatusCode.OK);
            if (run.GetProperty("is_overdue").GetBoolean() && run.GetProperty("reminder_post_id").GetString()!.Length > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The reminder due during the downtime was not posted after the restart.");
    }
}
