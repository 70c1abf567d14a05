using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

public sealed class RetrospectiveAndReportTests : PlaybooksFixture
{
    [Test]
    public async Task Retrospective_SavedThenPublished_KeepsTheMetricValuesPostsInTheChannelAndWritesTheTimeline()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["metrics"] = new object[] { new { title = "Time to detect", type = "metric_duration" } } });
        var metricId = (await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}")).GetProperty("metrics")[0].GetProperty("id").GetString();
        var run = await CreateRunAsync(Owner.Client, playbookId);
        var id = run.GetProperty("id").GetString();

        using var draft = await Owner.Client.PostAsync($"{Root}/runs/{id}/retrospective", SuiteApi.Json(new { retrospective = "Draft", metrics = new[] { new { metric_config_id = metricId, value = 120_000 } } }));
        var drafted = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        using var published = await Owner.Client.PostAsync($"{Root}/runs/{id}/retrospective/publish", SuiteApi.Json(new { retrospective = "Replica lag alert was missing.", metrics = new[] { new { metric_config_id = metricId, value = 180_000 } } }));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");

        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(drafted.GetProperty("retrospective_published_at").GetInt64(), Is.Zero);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.GetProperty("retrospective").GetString(), Is.EqualTo("Replica lag alert was missing."));
        Assert.That(after.GetProperty("retrospective_published_at").GetInt64(), Is.Positive);
        Assert.That(after.GetProperty("metrics_data")[0].GetProperty("value").GetInt64(), Is.EqualTo(180_000));
        Assert.That(TimelineTypes(after), Does.Contain("published_retrospective"));
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}/posts");
        var retro = posts.GetProperty("posts").EnumerateObject().Select(p => p.Value).Single(p => p.GetProperty("type").GetString() == "custom_retro");
        Assert.That(retro.GetProperty("props").GetProperty("retrospectiveText").GetString(), Is.EqualTo("Replica lag alert was missing."), "Mattermost's post carries the text in its props");
        using var metricsData = JsonDocument.Parse(retro.GetProperty("props").GetProperty("metricsData").GetString()!);
        Assert.That(metricsData.RootElement[0].GetProperty("value").GetInt64(), Is.EqualTo(180_000));
        using var metricsConfigs = JsonDocument.Parse(retro.GetProperty("props").GetProperty("metricsConfigs").GetString()!);
        Assert.That(metricsConfigs.RootElement[0].GetProperty("id").GetString(), Is.EqualTo(metricId));
    }

    [Test]
    public async Task Retrospective_WithAMetricThePlaybookDoesNotHave_Answers400AndSavesNothing()
    {
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/retrospective", SuiteApi.Json(new { retrospective = "x", metrics = new[] { new { metric_config_id = "abcdefghijklmnopqrstuvwxyz", value = 1 } } }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("metric"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("retrospective").GetString(), Is.Empty);
    }

    [Test]
    public async Task Report_AsMarkdown_HoldsTheOwnerChecklistStatusUpdatesRetrospectiveAndTimeline()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var id = run.GetProperty("id").GetString();
        await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/0/state", new { new_state = "closed" });
        using var status = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Primary is back", reminder = 600 }));
        using var retro = await Owner.Client.PostAsync($"{Root}/runs/{id}/retrospective/publish", SuiteApi.Json(new { retrospective = "Add a lag alert." }));

        using var response = await Owner.Client.GetAsync($"{Root}/runs/{id}/report?format=markdown");

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/markdown"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.EndWith("-report.md"));
        Assert.That(text, Does.StartWith($"# {run.GetProperty("sequential_id").GetString()}: DB primary down"));
        Assert.That(text, Does.Contain($"**Owner:** @{Owner.User.Username}"));
        Assert.That(text, Does.Contain("- [x] Page the DBA").And.Contain("- [ ] Open a bridge"));
        Assert.That(text, Does.Contain("Primary is back").And.Contain("## Retrospective\n\nAdd a lag alert."));
        Assert.That(text, Does.Contain($"| @{Owner.User.Username} checked off checklist item \"Page the DBA\" |"));
    }

    [Test]
    public async Task Report_AsHtml_IsOnePrintablePageThatShowsWrittenHtmlAsText()
    {
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString();
        using var status = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "<script>alert(1)</script> **bold**", reminder = 600 }));

        using var response = await Owner.Client.GetAsync($"{Root}/runs/{id}/report?format=html");

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.StartWith("<!doctype html>").And.Contain("@media print").And.Contain("<strong>bold</strong>"));
        Assert.That(html, Does.Not.Contain("<script>").And.Contain("&lt;script&gt;"));
    }

    [Test]
    public async Task Report_OfARunTheCallerMayNotSee_Answers404AndABadFormat400()
    {
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString();
        using var outsider = await OutsiderAsync();

        using var hidden = await outsider.Client.GetAsync($"{Root}/runs/{id}/report");
        using var bad = await Owner.Client.GetAsync($"{Root}/runs/{id}/report?format=pdf");

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(bad, HttpStatusCode.BadRequest);
    }
}
