using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>An alert source of the story's playbook starts a run while the runs list and the playbook's page are open.</summary>
public sealed partial class PlaybooksWebTests
{
    private const string AlertRunName = "DiskFull on db-7";
    private string _alertRunId = "";

    [Test, Order(8)]
    public async Task AlertStartedRun_AppearsInTheRunsListAndOnThePlaybooksPage_WithoutReload()
    {
        using var created = await _alice.Client.PostAsync(
            new Uri($"/{PlaybooksApi}/alert-sources", UriKind.Relative),
            SuiteApi.Json(new { playbook_id = _playbookId, kind = "alertmanager", name = "Prometheus", name_template = "{{alertname}} on {{instance}}" }));
        var url = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString()!;

        await _alicePage.GotoAsync("playbooks/runs");
        await Expect(_alicePage.GetByRole(AriaRole.Heading, new() { Name = "Runs", Level = 1 })).ToBeVisibleAsync();
        await Expect(_alicePage.GetByText("No runs match.")).ToBeVisibleAsync();
        await _bobPage.GotoAsync($"playbooks/playbooks/{_playbookId}");
        var bobsRuns = _bobPage.GetByRole(AriaRole.Table, new() { Name = "Runs of this playbook" });
        await Expect(bobsRuns.GetByRole(AriaRole.Link, new() { Name = RunName })).ToBeVisibleAsync();
        await MarkAsNotReloadedAsync(_alicePage);
        await MarkAsNotReloadedAsync(_bobPage);

        using var sender = new SuiteApi(_host.Server).Anonymous();
        using var accepted = await sender.PostAsync(new Uri(url).PathAndQuery, new StringContent(AlertmanagerBody("{}:{alertname=\"DiskFull\"}", "DiskFull", "db-7"), Encoding.UTF8, "application/json"));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));

        var alicesRow = _alicePage.Locator("tr[data-run-id]").Filter(new() { HasText = AlertRunName });
        await Expect(alicesRow).ToContainTextAsync("In progress");
        await Expect(bobsRuns.Locator("tr[data-run-id]").Filter(new() { HasText = AlertRunName })).ToContainTextAsync("In progress");
        Assert.That(await IsNotReloadedAsync(_alicePage), Is.True, "alice's runs list was not reloaded");
        Assert.That(await IsNotReloadedAsync(_bobPage), Is.True, "bob's playbook page was not reloaded");

        _alertRunId = (await alicesRow.GetAttributeAsync("data-run-id"))!;
        await alicesRow.GetByRole(AriaRole.Link, new() { Name = AlertRunName }).ClickAsync();
        await Expect(_alicePage.Locator(".timeline")).ToContainTextAsync("Alert fired: DiskFull");
    }

    private static async Task MarkAsNotReloadedAsync(IPage page) => await page.EvaluateAsync("() => { window.suiteTestNotReloaded = true; }");

    private static Task<bool> IsNotReloadedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.suiteTestNotReloaded === true");

    private static string AlertmanagerBody(string groupKey, string alertName, string instance)
    {
        var labels = new Dictionary<string, string> { ["alertname"] = alertName, ["instance"] = instance, ["severity"] = "critical" };
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "4",
            ["groupKey"] = groupKey,
            ["status"] = "firing",
            ["receiver"] = "suite",
            ["alerts"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["status"] = "firing",
                    ["labels"] = labels,
                    ["annotations"] = new Dictionary<string, string> { ["summary"] = $"{alertName} on {instance}" },
                    ["startsAt"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
                    ["endsAt"] = "0001-01-01T00:00:00Z",
                    ["fingerprint"] = $"{alertName}-{instance}",
                },
            },
        });
    }
}
