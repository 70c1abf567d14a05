using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Suite.LoadBench;

/// <summary>
/// Alert ingestion through alert sources: Alertmanager webhooks (version 4, one group's four alerts per delivery, as
/// Alertmanager sends a group) posted by concurrent senders, each group sent again and again so that dedup carries
/// most deliveries into the group's open run. Measured: acceptance (202 answers per second and their times) and end
/// to end (from the first post until the inbox is empty, every delivery turned into its run's timeline or found a
/// repeat), then checked: one run per group, each distinct alert once in its timeline. Baseline in the same run: the
/// same JSON posted to a Slack-compatible incoming webhook of Channels, which writes its post before it answers.
/// </summary>
internal static class AlertsBench
{
    private const string Root = "/plugins/playbooks/api/v0";
    private const int Senders = 16;
    private const int Deliveries = 2000;
    private const int GroupsPerSource = 25;
    private const int AlertsPerDelivery = 4;

    // The distinct alerts of a group: its deliveries cycle through them, four at a time.
    private const int InstancesPerGroup = 10;
    private const int WarmUpDeliveries = 100;
    private static readonly DateTimeOffset FiredAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        using var admin = context.Api.ClientFor(context.Admin.Token);
        var server = context.Api.BaseAddress;
        var playbookId = await CreatePlaybookAsync(admin, context.TeamId, cancellationToken);
        var channelId = await context.Api.CreateChannelAsync(context.Admin, context.TeamId, "alerts-baseline", cancellationToken);
        var hookPath = await CreateWebhookAsync(admin, channelId, cancellationToken);

        BenchRun.Step($"alerts: warming up both paths ({WarmUpDeliveries} deliveries each)");
        var warmUp = await CreateSourcesAsync(admin, playbookId, 1, "warm-up", cancellationToken);
        await PostAsync(server, [hookPath], WarmUpDeliveries, HttpStatusCode.OK, cancellationToken);
        await PostAsync(server, warmUp.Select(s => s.Path).ToArray(), WarmUpDeliveries, HttpStatusCode.Accepted, cancellationToken);
        await WaitForInboxAsync(context, warmUp, cancellationToken);

        BenchRun.Step($"alerts: baseline, {Deliveries} posts to one incoming webhook, {Senders} senders, load {LoadAverage()}");
        var baseline = await PostAsync(server, [hookPath], Deliveries, HttpStatusCode.OK, cancellationToken);
        BenchRun.Step($"  {baseline.PerSecond:0} posts/s, p50 {baseline.P50:0.0} ms, p99 {baseline.P99:0.0} ms");

        var results = new List<(int Sources, Posted Accepted, EndToEnd Processed)>();
        foreach (var sourceCount in new[] { 1, 4 })
        {
            var sources = await CreateSourcesAsync(admin, playbookId, sourceCount, $"bench-{sourceCount}", cancellationToken);
            BenchRun.Step($"alerts: {Deliveries} deliveries to {sourceCount} source(s), {Senders} senders, load {LoadAverage()}");
            var started = Stopwatch.GetTimestamp();
            var accepted = await PostAsync(server, sources.Select(s => s.Path).ToArray(), Deliveries, HttpStatusCode.Accepted, cancellationToken);
            var processedAt = await WaitForInboxAsync(context, sources, cancellationToken);
            var processed = await CheckAsync(admin, playbookId, sources, Stopwatch.GetElapsedTime(started, processedAt.Timestamp).TotalSeconds,
                Stopwatch.GetElapsedTime(accepted.EndedAt, processedAt.Timestamp).TotalSeconds, processedAt.Failed, cancellationToken);
            BenchRun.Step($"  accepted {accepted.PerSecond:0}/s (p50 {accepted.P50:0.0} ms, p99 {accepted.P99:0.0} ms); all processed after {processed.Seconds:0.0} s; "
                + $"{processed.Runs} runs, {processed.TimelineAlerts} alerts in timelines, load {LoadAverage()}");
            results.Add((sourceCount, accepted, processed));
        }

        var table = new Table(
            $"Playbooks: alert ingestion, {Deliveries} Alertmanager deliveries ({AlertsPerDelivery} alerts of one group each; {GroupsPerSource} groups per source, each group's "
            + $"{InstancesPerGroup} distinct alerts repeated, so dedup joins most to the open run) from {Senders} concurrent senders. Baseline: the same JSON to a Slack-compatible incoming webhook",
            "run", "deliveries", "errors", "accepted/s", "p50 ms", "p99 ms", "accepted/s ratio", "end to end s", "deliveries/s end to end", "alerts/s end to end", "after the last 202 s", "runs", "alerts in timelines", "notes");
        table.Add("baseline: incoming webhook (post written before the answer)", Deliveries.ToString(CultureInfo.InvariantCulture), baseline.Errors.ToString(CultureInfo.InvariantCulture),
            Stats.Format(baseline.PerSecond, "0"), Stats.Format(baseline.P50), Stats.Format(baseline.P99), "", Stats.Format(baseline.WallSeconds, "0.0"),
            Stats.Format(baseline.PerSecond, "0"), Stats.Format(baseline.PerSecond * AlertsPerDelivery, "0"), "", "", "", "one post per delivery");
        foreach (var (sourceCount, accepted, processed) in results)
        {
            var expectedRuns = sourceCount * GroupsPerSource;
            table.Add($"Suite: alert source{(sourceCount > 1 ? "s" : "")} x{sourceCount}", Deliveries.ToString(CultureInfo.InvariantCulture), accepted.Errors.ToString(CultureInfo.InvariantCulture),
                Stats.Format(accepted.PerSecond, "0"), Stats.Format(accepted.P50), Stats.Format(accepted.P99), Stats.Format(accepted.PerSecond / baseline.PerSecond, "0.00"),
                Stats.Format(processed.Seconds, "0.0"), Stats.Format(Deliveries / processed.Seconds, "0"), Stats.Format(Deliveries * AlertsPerDelivery / processed.Seconds, "0"),
                Stats.Format(processed.AfterLastAccept, "0.0"),
                $"{processed.Runs} of {expectedRuns}", $"{processed.TimelineAlerts} of {expectedRuns * InstancesPerGroup}",
                processed.Failed == 0 ? "" : $"{processed.Failed} deliveries set aside");
        }

        return table + "End to end: from the first post until every delivery has left the inbox (its alerts in the run's timeline, or found there already); "
            + "the inbox worker handles up to 4 sources at once and one source's deliveries one at a time, in order.";
    }

    private sealed record Source(string Id, string Path);

    private sealed record Posted(double PerSecond, double P50, double P99, double WallSeconds, int Errors, long EndedAt);

    private sealed record EndToEnd(double Seconds, double AfterLastAccept, int Runs, int TimelineAlerts, int Failed);

    private static async Task<string> CreatePlaybookAsync(HttpClient admin, string teamId, CancellationToken cancellationToken)
    {
        var checklists = new[] { new { Title = "Triage", Items = new[] { new { Title = "Acknowledge" }, new { Title = "Find the cause" }, new { Title = "Mitigate" } } } };
        var created = await SendAsync(admin, $"{Root}/playbooks", new { Title = "Alerts bench", TeamId = teamId, Public = true, Checklists = checklists }, HttpStatusCode.Created, cancellationToken);
        return created.GetProperty("id").GetString()!;
    }

    private static async Task<string> CreateWebhookAsync(HttpClient admin, string channelId, CancellationToken cancellationToken)
    {
        var hook = await SendAsync(admin, "/api/v4/hooks/incoming", new { ChannelId = channelId, DisplayName = "Alertmanager" }, HttpStatusCode.Created, cancellationToken);
        return $"/hooks/{hook.GetProperty("id").GetString()}";
    }

    private static async Task<IReadOnlyList<Source>> CreateSourcesAsync(HttpClient admin, string playbookId, int count, string name, CancellationToken cancellationToken)
    {
        var sources = new List<Source>();
        for (var i = 0; i < count; i++)
        {
            var created = await SendAsync(admin, $"{Root}/alert-sources", new { PlaybookId = playbookId, Kind = "alertmanager", Name = $"{name} {i}", NameTemplate = "{{alertname}}" }, HttpStatusCode.Created, cancellationToken);
            sources.Add(new Source(created.GetProperty("id").GetString()!, new Uri(created.GetProperty("url").GetString()!).PathAndQuery));
        }

        return sources;
    }

    // Delivery n goes to path n mod paths; within a path, group (n / paths) mod groups, in its round (n / paths / groups).
    private static string Body(int n, int paths)
    {
        var group = n / paths % GroupsPerSource;
        var round = n / paths / GroupsPerSource;
        var alerts = Enumerable.Range(0, AlertsPerDelivery).Select(j =>
        {
            var instance = (round + j) % InstancesPerGroup;
            return new Dictionary<string, object>
            {
                ["status"] = "firing",
                ["labels"] = new Dictionary<string, string> { ["alertname"] = $"Bench{group}", ["instance"] = $"db-{instance}", ["severity"] = "critical" },
                ["annotations"] = new Dictionary<string, string> { ["summary"] = $"Bench{group} on db-{instance}" },
                ["startsAt"] = FiredAt.AddMinutes(group).ToString("o", CultureInfo.InvariantCulture),
                ["endsAt"] = "0001-01-01T00:00:00Z",
                ["generatorURL"] = "http://prometheus.example:9090/graph",
                ["fingerprint"] = $"g{group}-db{instance}",
            };
        }).ToArray();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "4",
            ["groupKey"] = $"{{}}:{{alertname=\"Bench{group}\"}}",
            ["status"] = "firing",
            ["receiver"] = "suite",
            ["groupLabels"] = new Dictionary<string, string> { ["alertname"] = $"Bench{group}" },
            ["commonLabels"] = new Dictionary<string, string> { ["alertname"] = $"Bench{group}", ["severity"] = "critical" },
            ["externalURL"] = "http://alertmanager.example:9093",
            ["text"] = $"Bench{group} firing on {AlertsPerDelivery} instances",
            ["alerts"] = alerts,
        });
    }

    private static async Task<Posted> PostAsync(Uri server, string[] paths, int count, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var bodies = Enumerable.Range(0, count).Select(n => Body(n, paths.Length)).ToArray();
        var clients = Enumerable.Range(0, Senders)
            .Select(_ => new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) })
            .ToList();
        var times = new double[count];
        var errors = 0;
        string? firstError = null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Senders, CancellationToken = cancellationToken }, async (n, ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                using var content = new StringContent(bodies[n], Encoding.UTF8, "application/json");
                using var response = await clients[n % Senders].PostAsync(paths[n % paths.Length], content, ct);
                times[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != expected)
                {
                    Interlocked.Increment(ref errors);
                    firstError ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
                }
            });
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        var ended = Stopwatch.GetTimestamp();
        if (errors > count / 100)
        {
            throw new InvalidOperationException($"{errors} of {count} posts were not answered {(int)expected}; the first: {firstError}");
        }

        var wall = Stopwatch.GetElapsedTime(started, ended).TotalSeconds;
        var sorted = times.Order().ToList();
        return new Posted(count / wall, Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 99), wall, errors, ended);
    }

    private static async Task<(long Timestamp, int Failed)> WaitForInboxAsync(BenchContext context, IReadOnlyList<Source> sources, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(context.Postgres.ConnectionString("suite_bench"));
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE failed_at = 0)::int, count(*) FILTER (WHERE failed_at > 0)::int FROM playbooks.alert_inbox WHERE source_id = ANY(@ids)", connection);
        count.Parameters.AddWithValue("ids", sources.Select(s => s.Id).ToArray());
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                if (reader.GetInt32(0) == 0)
                {
                    return (Stopwatch.GetTimestamp(), reader.GetInt32(1));
                }
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("The alert inbox was not emptied within 10 minutes.");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static async Task<EndToEnd> CheckAsync(HttpClient admin, string playbookId, IReadOnlyList<Source> sources, double seconds, double afterLastAccept, int failed, CancellationToken cancellationToken)
    {
        using var response = await admin.GetAsync($"{Root}/runs?playbook_id={playbookId}&per_page=1000", cancellationToken);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var ids = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var runs = page.RootElement.GetProperty("items").EnumerateArray()
            .Where(r => r.TryGetProperty("alert", out var alert) && alert.ValueKind == JsonValueKind.Object && ids.Contains(alert.GetProperty("source_id").GetString()!))
            .ToList();
        var alerts = runs.Sum(r => r.GetProperty("timeline_events").EnumerateArray().Count(e => e.GetProperty("event_type").GetString() == "alert_fired"));
        return new EndToEnd(seconds, afterLastAccept, runs.Count, alerts, failed);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string path, object body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync(path, SuiteClient.Json(body), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"POST {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
