using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>A team deleted for good (<c>DELETE /api/v4/teams/{id}?permanent=true</c>) takes its Playbooks data with it; other teams keep theirs.</summary>
public sealed class TeamDeletionTests : LicensedPlaybooksFixture
{
    private sealed record TeamData(string TeamId, string PlaybookId, string RunId, string SourceId, string CategoryId, string ActionChannelId);

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    /// <summary>In <paramref name="teamId"/>: a playbook with a property field, a condition and an alert source, a run of it (with its timeline), a category and a channel action.</summary>
    private async Task<TeamData> FillAsync(string teamId)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["team_id"] = teamId });
        using (var field = await Owner.Client.PostAsync($"{Root}/playbooks/{playbookId}/property_fields", SuiteApi.Json(new { name = "Service", type = "text" })))
        {
            var fieldId = Id(await field.ReadJsonAsync(HttpStatusCode.Created));
            using var condition = await Owner.Client.PostAsync(
                $"{Root}/playbooks/{playbookId}/conditions",
                SuiteApi.Json(new { version = 1, condition_expr = new { @is = new { field_id = fieldId, value = "db" } } }));
            await condition.ReadJsonAsync(HttpStatusCode.Created);
        }

        string sourceId;
        using (var source = await Owner.Client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind = "alertmanager", name = "Prometheus" })))
        {
            sourceId = Id(await source.ReadJsonAsync(HttpStatusCode.Created));
        }

        var runId = await StartRunAsync(teamId, playbookId);
        string categoryId;
        using (var category = await Owner.Client.PostAsync(
            $"{Root}/my_categories",
            SuiteApi.Json(new { id = "", name = "Mine", team_id = teamId, user_id = Owner.Id, collapsed = false, items = new[] { new { item_id = playbookId, type = "p" } } })))
        {
            categoryId = (await category.ReadJsonAsync(HttpStatusCode.OK)).GetString()!;
        }

        var channelId = await Owner.Client.CreateChannelAsync(teamId);
        using (var action = await Owner.Client.PostAsync(
            $"{Root}/actions/channels/{channelId}",
            SuiteApi.Json(new { channel_id = channelId, enabled = true, action_type = "send_welcome_message", trigger_type = "new_member_joins", payload = new { message = "Welcome" } })))
        {
            await action.ReadJsonAsync(HttpStatusCode.Created);
        }

        return new TeamData(teamId, playbookId, runId, sourceId, categoryId, channelId);
    }

    /// <summary>How many rows each of the module's tables holds for the team's data.</summary>
    private async Task<Dictionary<string, long>> StoredAsync(TeamData data)
    {
        var queries = new Dictionary<string, string>
        {
            ["playbooks"] = "SELECT count(*) FROM playbooks.mt_doc_playbook WHERE data ->> 'team_id' = @team",
            ["runs"] = "SELECT count(*) FROM playbooks.mt_doc_playbookrun WHERE data ->> 'team_id' = @team",
            ["timeline entries"] = "SELECT count(*) FROM playbooks.mt_doc_storedtimelineentry WHERE data ->> 'run_id' = @run",
            ["events"] = "SELECT count(*) FROM playbooks.mt_events WHERE stream_id = @run",
            ["streams"] = "SELECT count(*) FROM playbooks.mt_streams WHERE id = @run",
            ["alert sources"] = "SELECT count(*) FROM playbooks.mt_doc_alertsource WHERE id = @source",
            ["conditions"] = "SELECT count(*) FROM playbooks.mt_doc_condition WHERE data ->> 'playbook_id' = @playbook",
            ["property fields"] = "SELECT count(*) FROM playbooks.mt_doc_propertyfield WHERE data ->> 'target_id' IN (@playbook, @run)",
            ["categories"] = "SELECT count(*) FROM playbooks.mt_doc_category WHERE id = @category",
            ["channel actions"] = "SELECT count(*) FROM playbooks.mt_doc_channelaction WHERE data ->> 'channel_id' = @channel",
            ["run numbers"] = "SELECT count(*) FROM playbooks.run_numbers WHERE playbook_id = @playbook",
        };
        var counts = new Dictionary<string, long>();
        foreach (var (table, sql) in queries)
        {
            counts[table] = await Server.ScalarAsync<long>(
                sql, ("team", data.TeamId), ("run", data.RunId), ("playbook", data.PlaybookId), ("source", data.SourceId), ("category", data.CategoryId), ("channel", data.ActionChannelId));
        }

        return counts;
    }

    [Test]
    public async Task DeletingATeamPermanently_RemovesItsPlaybooksRunsAndTheirParts_AndLeavesAnotherTeamsAlone()
    {
        await using var license = await LicensedAsync();
        var doomedTeamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        var doomed = await FillAsync(doomedTeamId);
        var kept = await FillAsync(TeamId);
        Assert.That((await StoredAsync(doomed)).Where(c => c.Value == 0), Is.Empty, "the doomed team's data is all there before");

        using (var deleted = await Admin.Client.DeleteAsync($"/api/v4/teams/{doomedTeamId}?permanent=true"))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        }

        Assert.That((await StoredAsync(doomed)).Where(c => c.Value != 0), Is.Empty);
        Assert.That((await StoredAsync(kept)).Where(c => c.Value == 0), Is.Empty);
        await GetAsync(Admin.Client, $"{Root}/playbooks/{doomed.PlaybookId}", HttpStatusCode.NotFound);
        await GetAsync(Admin.Client, $"{Root}/runs/{doomed.RunId}", HttpStatusCode.NotFound);
        await GetAsync(Admin.Client, $"{Root}/alert-sources/{doomed.SourceId}", HttpStatusCode.NotFound);
        var keptRun = await GetAsync(Owner.Client, $"{Root}/runs/{kept.RunId}");
        Assert.That(keptRun.GetProperty("timeline_events").GetArrayLength(), Is.GreaterThan(0));
        await GetAsync(Owner.Client, $"{Root}/playbooks/{kept.PlaybookId}");
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{kept.PlaybookId}/conditions")).GetProperty("total_count").GetInt32(), Is.EqualTo(1));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/actions/channels/{kept.ActionChannelId}")).GetArrayLength(), Is.EqualTo(1));
        var runs = await GetAsync(Admin.Client, $"{Root}/runs?per_page=200");
        Assert.That(runs.GetProperty("items").EnumerateArray().Select(Id), Does.Not.Contain(doomed.RunId).And.Contain(kept.RunId));
    }
}
