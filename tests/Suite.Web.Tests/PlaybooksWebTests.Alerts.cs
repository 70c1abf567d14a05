using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Alice adds an alert source to the story's playbook on its page; an alert posted to its address starts a run
/// that appears on her open runs list and on Bob's open playbook page (Bob may not edit it, so he sees no sources).
/// </summary>
public sealed partial class PlaybooksWebTests
{
    private const string AlertRunName = "DiskFull on db-7";
    private string _alertRunId = "";

    [Test, Order(8)]
    public async Task AlertStartedRun_AppearsInTheRunsListAndOnThePlaybooksPage_WithoutReload()
    {
        await _alicePage.GotoAsync($"playbooks/playbooks/{_playbookId}");
        await _alicePage.GetByLabel("Alert source name").FillAsync("Prometheus");
        await _alicePage.GetByLabel("Run name template").FillAsync("{{alertname}} on {{instance}}");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Add alert source" }).ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.List, new() { Name = "Alert sources" })).ToContainTextAsync("Prometheus");
        var url = await _alicePage.GetByLabel(new Regex("^Address of Prometheus")).InputValueAsync();
        Assert.That(url, Does.StartWith(_host.Server.BaseAddress.ToString().TrimEnd('/') + "/plugins/playbooks/alerts/"));

        await _alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Playbooks" }).GetByRole(AriaRole.Link, new() { Name = "Runs" }).ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.Heading, new() { Name = "Runs", Level = 1 })).ToBeVisibleAsync();
        await Expect(_alicePage.GetByText("No runs match.")).ToBeVisibleAsync();
        await _bobPage.GotoAsync($"playbooks/playbooks/{_playbookId}");
        var bobsRuns = _bobPage.GetByRole(AriaRole.Table, new() { Name = "Runs of this playbook" });
        await Expect(bobsRuns.GetByRole(AriaRole.Link, new() { Name = RunName })).ToBeVisibleAsync();
        await Expect(_bobPage.GetByRole(AriaRole.Heading, new() { Name = "Alert sources" })).ToHaveCountAsync(0);
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
