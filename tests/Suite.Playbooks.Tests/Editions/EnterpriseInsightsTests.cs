using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>Enterprise: insights with time to acknowledge and resolve, playbook statistics and metric targets.</summary>
public sealed class EnterpriseInsightsTests : LicensedPlaybooksFixture
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [TestCase("/playbooks/insights/teams/{team}?time_range=28_day")]
    [TestCase("/playbooks/insights/user/me?team_id={team}&time_range=28_day")]
    [TestCase("/stats/playbook?playbook_id={playbook}")]
    public async Task Insights_WithoutALicense_Answer403NamingTheEnterpriseEdition(string path)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        using var response = await Owner.Client.GetAsync(Root + path.Replace("{team}", TeamId, StringComparison.Ordinal).Replace("{playbook}", playbookId, StringComparison.Ordinal));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("requires the Enterprise edition"));
    }

    [Test]
    public async Task TeamInsights_RankPlaybooksByRuns_WithTimeToAcknowledgeAndResolveFromTheTimeline()
    {
        var team = await SeparateTeamAsync();
        var busy = await CreatePlaybookAsync(Owner.Client, new() { ["team_id"] = team, ["title"] = "Busy" });
        var quiet = await CreatePlaybookAsync(Owner.Client, new() { ["team_id"] = team, ["title"] = "Quiet" });
        var first = await StartRunAsync(team, busy);
        var second = await StartRunAsync(team, busy);
        await StartRunAsync(team, quiet);

        Clock.Advance(2 * Minute);
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{first}/checklists/0/item/0/state", new { new_state = "closed" }));
        Clock.Advance(3 * Minute);
        await ExpectOkAsync(Owner.Client.PostAsync($"{Root}/runs/{second}/status", SuiteApi.Json(new { message = "Looking", reminder = 600 })));
        Clock.Advance(10 * Minute);
        await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{first}/finish", new { }));

        JsonElement insights;
        await using (await LicensedAsync())
        {
            insights = await GetAsync(Owner.Client, $"{Root}/playbooks/insights/teams/{team}?time_range=7_day&page=0&per_page=10");
        }

        var items = insights.GetProperty("items");
        Assert.That(insights.GetProperty("has_next").GetBoolean(), Is.False);
        Assert.That(items.EnumerateArray().Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "Busy", "Quiet" }));
        Assert.That(items[0].GetProperty("playbook_id").GetString(), Is.EqualTo(busy));
        Assert.That(items[0].GetProperty("num_runs").GetInt32(), Is.EqualTo(2));
        Assert.That(items[0].GetProperty("last_run_at").GetInt64(), Is.Positive);
        var acknowledge = items[0].GetProperty("time_to_acknowledge");
        Assert.That(acknowledge.GetProperty("runs").GetInt32(), Is.EqualTo(2));
        Assert.That(acknowledge.GetProperty("mean_ms").GetInt64(), Is.EqualTo(210_000), "2 and 5 minutes");
        Assert.That(acknowledge.GetProperty("median_ms").GetInt64(), Is.EqualTo(120_000));
        Assert.That(acknowledge.GetProperty("p90_ms").GetInt64(), Is.EqualTo(300_000));
        var resolve = items[0].GetProperty("time_to_resolve");
        Assert.That(resolve.GetProperty("runs").GetInt32(), Is.EqualTo(1));
        Assert.That(resolve.GetProperty("mean_ms").GetInt64(), Is.EqualTo(900_000), "finished 15 minutes after it started");
        Assert.That(items[1].GetProperty("time_to_acknowledge").GetProperty("runs").GetInt32(), Is.Zero);
        Assert.That(items[1].GetProperty("time_to_acknowledge").GetProperty("mean_ms").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task MyInsights_CountOnlyTheRunsTheCallerTookPartIn()
    {
        var team = await SeparateTeamAsync();
        using var responder = await Api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(Owner.Client, team, responder.Id);
        var playbook = await CreatePlaybookAsync(Owner.Client, new() { ["team_id"] = team });
        await StartRunAsync(team, playbook, ownerId: responder.Id);
        await StartRunAsync(team, playbook);

        JsonElement mine;
        JsonElement teamWide;
        await using (await LicensedAsync())
        {
            mine = await GetAsync(responder.Client, $"{Root}/playbooks/insights/user/me?team_id={team}&time_range=today&page=0&per_page=10");
            teamWide = await GetAsync(responder.Client, $"{Root}/playbooks/insights/teams/{team}?time_range=today&page=0&per_page=10");
        }

        Assert.That(mine.GetProperty("items")[0].GetProperty("num_runs").GetInt32(), Is.EqualTo(1));
        Assert.That(teamWide.GetProperty("items")[0].GetProperty("num_runs").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task TeamInsights_ForATeamTheCallerIsNotIn_OrABadTimeRange_AreRefused()
    {
        using var outsider = await OutsiderAsync();
        await using var license = await LicensedAsync();

        using var foreign = await outsider.Client.GetAsync($"{Root}/playbooks/insights/teams/{TeamId}?time_range=today&page=0&per_page=10");
        using var badRange = await Owner.Client.GetAsync($"{Root}/playbooks/insights/teams/{TeamId}?time_range=forever&page=0&per_page=10");

        await ReadPluginErrorAsync(foreign, HttpStatusCode.Forbidden);
        Assert.That(await ReadPluginErrorAsync(badRange, HttpStatusCode.BadRequest), Does.Contain("time_range"));
    }

    [Test]
    public async Task MetricTargets_WithoutALicense_AreRefused_WhileMetricsWithoutTargetsAreFree()
    {
        using var withTarget = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new
        {
            title = "Targets", team_id = TeamId, @public = true, metrics = new[] { new { title = "Time to detect", type = "metric_duration", target = 300_000 } },
        }));
        var withoutTarget = await CreatePlaybookAsync(Owner.Client, new() { ["metrics"] = new object[] { new { title = "Cost", type = "metric_currency" } } });

        Assert.That(await ReadPluginErrorAsync(withTarget, HttpStatusCode.Forbidden), Does.Contain("Playbook metrics with targets requires the Enterprise edition"));
        Assert.That(withoutTarget, Is.Not.Empty);
    }

    [Test]
    public async Task PlaybookStats_CountRunsAndAverageMetricsAgainstTheirTargets()
    {
        string playbook;
        JsonElement stats;
        await using (await LicensedAsync())
        {
            playbook = await CreatePlaybookAsync(Owner.Client, new()
            {
                ["metrics"] = new object[] { new { title = "Time to detect", type = "metric_duration", target = 300_000 }, new { title = "Cost", type = "metric_currency" } },
            });
            var metricId = (await GetAsync(Owner.Client, $"{Root}/playbooks/{playbook}")).GetProperty("metrics")[0].GetProperty("id").GetString();
            foreach (var value in new[] { 200_000, 600_000 })
            {
                var run = await StartRunAsync(TeamId, playbook);
                await ExpectOkAsync(Owner.Client.PostAsync($"{Root}/runs/{run}/retrospective/publish", SuiteApi.Json(new { retrospective = "r", metrics = new[] { new { metric_config_id = metricId, value } } })));
                await ExpectOkAsync(PutAsync(Owner.Client, $"{Root}/runs/{run}/finish", new { }));
            }

            await StartRunAsync(TeamId, playbook);
            stats = await GetAsync(Owner.Client, $"{Root}/stats/playbook?playbook_id={playbook}");
        }

        Assert.That(stats.GetProperty("runs_in_progress").GetInt32(), Is.EqualTo(1));
        Assert.That(stats.GetProperty("runs_finished_prev_30_days").GetInt32(), Is.EqualTo(2));
        Assert.That(stats.GetProperty("runs_started_per_week").GetArrayLength(), Is.EqualTo(12));
        Assert.That(stats.GetProperty("runs_started_per_week")[11].GetInt32(), Is.EqualTo(3), "this week is the last");
        Assert.That(stats.GetProperty("active_runs_per_day").GetArrayLength(), Is.EqualTo(14));
        Assert.That(stats.GetProperty("active_runs_per_day")[13].GetInt32(), Is.EqualTo(3));
        Assert.That(stats.GetProperty("metric_overall_average")[0].GetInt64(), Is.EqualTo(400_000));
        Assert.That(stats.GetProperty("metric_overall_average")[1].ValueKind, Is.EqualTo(JsonValueKind.Null), "no values for the second metric");
        Assert.That(stats.GetProperty("metric_value_range")[0].EnumerateArray().Select(v => v.GetInt64()), Is.EqualTo(new[] { 200_000L, 600_000L }));
        Assert.That(stats.GetProperty("metric_target_met_percentage")[0].GetInt32(), Is.EqualTo(50));
        Assert.That(stats.GetProperty("time_to_resolve").GetProperty("runs").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task PlaybookStats_OfAPlaybookTheCallerCannotSee_Answer404()
    {
        var playbook = await CreatePlaybookAsync(Owner.Client);
        using var outsider = await OutsiderAsync();
        await using var license = await LicensedAsync();

        using var response = await outsider.Client.GetAsync($"{Root}/stats/playbook?playbook_id={playbook}");

        await ReadPluginErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task SiteStats_AreForSystemAdminsOnly()
    {
        await CreatePlaybookAsync(Owner.Client);

        var stats = await GetAsync(Admin.Client, $"{Root}/stats/site");
        using var refused = await Owner.Client.GetAsync($"{Root}/stats/site");

        Assert.That(stats.GetProperty("total_playbooks").GetInt32(), Is.Positive);
        Assert.That(stats.TryGetProperty("total_playbook_runs", out _), Is.True);
        await ReadPluginErrorAsync(refused, HttpStatusCode.Forbidden);
    }

    private async Task<string> SeparateTeamAsync() => (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;

}
