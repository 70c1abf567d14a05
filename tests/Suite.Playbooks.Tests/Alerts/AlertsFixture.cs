using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Alerts;

/// <summary>Helpers for alert sources: creating them, posting as a monitoring tool would, and waiting for the worker.</summary>
public abstract class AlertsFixture : PlaybooksFixture
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Creates a source (201 expected) as <paramref name="client"/>'s user; answers the created JSON, whose <c>url</c> holds the secret.</summary>
    protected static async Task<JsonElement> CreateSourceAsync(HttpClient client, string playbookId, string kind = "alertmanager", object? rules = null, string? nameTemplate = null)
    {
        using var response = await client.PostAsync($"{Root}/alert-sources", SuiteApi.Json(new { playbook_id = playbookId, kind, name = $"{kind} source", rules, name_template = nameTemplate }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Posts a body as a sender would: no session, JSON as written (Alertmanager's names are camelCase).</summary>
    protected async Task<HttpResponseMessage> PostAlertAsync(string url, string body)
    {
        using var client = Api.Anonymous();
        return await client.PostAsync(new Uri(url).PathAndQuery, new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>An Alertmanager webhook (version 4) body; each alert is (status, labels, startsAt).</summary>
    protected static string AlertmanagerBody(string groupKey, params (string Status, Dictionary<string, string> Labels, DateTimeOffset StartsAt)[] alerts) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "4",
            ["groupKey"] = groupKey,
            ["truncatedAlerts"] = 0,
            ["status"] = alerts.Any(a => a.Status == "firing") ? "firing" : "resolved",
            ["receiver"] = "suite",
            ["groupLabels"] = new Dictionary<string, string>(),
            ["commonLabels"] = new Dictionary<string, string>(),
            ["commonAnnotations"] = new Dictionary<string, string>(),
            ["externalURL"] = "http://alertmanager.example:9093",
            ["alerts"] = alerts.Select(a => new Dictionary<string, object>
            {
                ["status"] = a.Status,
                ["labels"] = a.Labels,
                ["annotations"] = new Dictionary<string, string> { ["summary"] = $"{a.Labels.GetValueOrDefault("alertname")} on {a.Labels.GetValueOrDefault("instance")}" },
                ["startsAt"] = a.StartsAt.ToString("o", CultureInfo.InvariantCulture),
                ["endsAt"] = a.Status == "resolved" ? a.StartsAt.AddMinutes(5).ToString("o", CultureInfo.InvariantCulture) : "0001-01-01T00:00:00Z",
                ["generatorURL"] = "http://prometheus.example:9090/graph",
                ["fingerprint"] = string.Join(",", a.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value)),
            }).ToArray(),
        });

    protected static Dictionary<string, string> Labels(string alertName, string instance = "db-1", string severity = "critical") =>
        new() { ["alertname"] = alertName, ["instance"] = instance, ["severity"] = severity };

    protected static readonly DateTimeOffset FiredAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The playbook's runs, newest first, as the owner sees them.</summary>
    protected async Task<IReadOnlyList<JsonElement>> RunsAsync(string playbookId)
    {
        var page = await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&playbook_id={playbookId}&per_page=100");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Waits until the playbook has a run that satisfies <paramref name="condition"/>, and answers it.</summary>
    protected async Task<JsonElement> WaitForRunAsync(string playbookId, Func<JsonElement, bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var found = (await RunsAsync(playbookId)).Where(condition).ToList();
            if (found.Count > 0)
            {
                return found[0];
            }

            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"No run of playbook {playbookId} became as expected within {Patience.TotalSeconds} s; runs: {string.Join("\n", await RunsAsync(playbookId))}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the worker has processed the source's deliveries received at or after <paramref name="since"/> (Unix ms).</summary>
    protected async Task WaitUntilProcessedAsync(string sourceId, long since)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var source = await GetAsync(Owner.Client, $"{Root}/alert-sources/{sourceId}");
            if (source.GetProperty("last_received_at").GetInt64() >= since || source.GetProperty("last_error_at").GetInt64() >= since)
            {
                return;
            }

            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"Source {sourceId} processed nothing received since {since}: {source}");
            }

            await Task.Delay(100);
        }
    }

    protected static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    protected static IReadOnlyList<JsonElement> Timeline(JsonElement run, string eventType) =>
        run.GetProperty("timeline_events").EnumerateArray().Where(e => e.GetProperty("event_type").GetString() == eventType).ToList();

    protected async Task<JsonElement> WaitForTimelineAsync(string runId, string eventType, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var run = await GetAsync(Owner.Client, $"{Root}/runs/{runId}");
            if (Timeline(run, eventType).Count >= count)
            {
                return run;
            }

            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"Run {runId} did not get {count} {eventType} entries: {run.GetProperty("timeline_events")}");
            }

            await Task.Delay(100);
        }
    }

    protected async Task<IReadOnlyList<string>> ChannelMessagesAsync(string channelId)
    {
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{channelId}/posts");
        return posts.GetProperty("posts").EnumerateObject().Select(p => p.Value.GetProperty("message").GetString()!).ToList();
    }
}
