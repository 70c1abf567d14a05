using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Suite.LoadBench;

/// <summary>
/// The Playbooks figures: reading a big run (500 checklist items, 5,000 timeline events) through
/// <c>GET /runs/{id}</c> against the baseline's plain SQL read of the same stored JSON, and 100
/// concurrent checklist toggles on one run against the same toggles sent one at a time.
/// </summary>
internal static class PlaybooksBench
{
    private const string Root = "/plugins/playbooks/api/v0";
    private const int Checklists = 10;
    private const int ItemsPerChecklist = 50;
    private const int TimelineEvents = 5000;
    private const int Reads = 200;
    private const int Toggles = 100;

    public static async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        using var admin = context.Api.ClientFor(context.Admin.Token);
        using var baseline = new HttpClient { BaseAddress = context.BaselineAddress, Timeout = TimeSpan.FromSeconds(60) };
        var playbookId = await CreatePlaybookAsync(admin, context.TeamId, cancellationToken);

        var bigRun = await StartRunAsync(admin, context.TeamId, playbookId, "big", cancellationToken);
        BenchRun.Step($"playbooks: appending {TimelineEvents} timeline events to one run (item toggles, 8 at a time)");
        var (firstRate, lastRate) = await FillTimelineAsync(context, bigRun, cancellationToken);
        BenchRun.Step($"  {firstRate:0} events/s for the first 500, {lastRate:0} for the last 500");

        BenchRun.Step($"playbooks: {Reads} reads of the run, Suite then the baseline");
        var suiteRead = await TimeReadsAsync(admin, $"{Root}/runs/{bigRun}", cancellationToken);
        var baselineRead = await TimeReadsAsync(baseline, $"/documents/playbook-run/{bigRun}", cancellationToken);

        var toggleRun = await StartRunAsync(admin, context.TeamId, playbookId, "toggles", cancellationToken);
        BenchRun.Step($"playbooks: {Toggles} toggles one at a time, then {Toggles} at once");
        var sequential = await ToggleAsync(context, toggleRun, offset: 0, concurrently: false, cancellationToken);
        var concurrent = await ToggleAsync(context, toggleRun, offset: Toggles, concurrently: true, cancellationToken);
        var closed = await ClosedItemsAsync(admin, toggleRun, cancellationToken);

        var table = new Table(
            $"Playbooks: a run of {Checklists * ItemsPerChecklist} items and {TimelineEvents} timeline events read {Reads} times one at a time; {Toggles} checklist toggles on one run",
            "run", "count", "p50 ms", "p95 ms", "p99 ms", "ratio p50", "ratio p95", "notes");
        table.Add("baseline: SELECT of the stored run and its timeline, over HTTP", Reads.ToString(CultureInfo.InvariantCulture), F(baselineRead.P50), F(baselineRead.P95), F(baselineRead.P99), "", "", $"{baselineRead.Bytes / 1024} KiB");
        table.Add("Suite: GET /runs/{id}", Reads.ToString(CultureInfo.InvariantCulture), F(suiteRead.P50), F(suiteRead.P95), F(suiteRead.P99),
            Stats.Format(suiteRead.P50 / baselineRead.P50, "0.00"), Stats.Format(suiteRead.P95 / baselineRead.P95, "0.00"), $"{suiteRead.Bytes / 1024} KiB");
        table.Add("Suite: toggles one at a time", Toggles.ToString(CultureInfo.InvariantCulture), F(sequential.P50), F(sequential.P95), F(sequential.P99), "", "", $"{sequential.WallSeconds:0.0} s");
        table.Add($"Suite: {Toggles} toggles at once", Toggles.ToString(CultureInfo.InvariantCulture), F(concurrent.P50), F(concurrent.P95), F(concurrent.P99),
            Stats.Format(concurrent.P50 / sequential.P50, "0.00"), Stats.Format(concurrent.P95 / sequential.P95, "0.00"),
            $"{concurrent.WallSeconds:0.0} s; {2 * Toggles - closed} of {2 * Toggles} lost");
        table.Add($"Suite: appending timeline events", TimelineEvents.ToString(CultureInfo.InvariantCulture), "", "", "", "", "",
            $"{firstRate:0}/s at first, {lastRate:0}/s at {TimelineEvents}");
        return table.ToString();
    }

    private static string F(double value) => Stats.Format(value);

    private static async Task<string> CreatePlaybookAsync(HttpClient admin, string teamId, CancellationToken cancellationToken)
    {
        var checklists = Enumerable.Range(0, Checklists).Select(c => new
        {
            Title = $"Stage {c}",
            Items = Enumerable.Range(0, ItemsPerChecklist).Select(i => new { Title = $"Step {c}.{i}", Description = "Check the dashboards, then write down what you saw." }).ToArray(),
        }).ToArray();
        var created = await SendAsync(admin, HttpMethod.Post, $"{Root}/playbooks", new { Title = "Bench", TeamId = teamId, Public = true, Checklists = checklists }, HttpStatusCode.Created, cancellationToken);
        return created.GetProperty("id").GetString()!;
    }

    private static async Task<string> StartRunAsync(HttpClient admin, string teamId, string playbookId, string name, CancellationToken cancellationToken) =>
        (await SendAsync(admin, HttpMethod.Post, $"{Root}/runs", new { Name = name, TeamId = teamId, PlaybookId = playbookId }, HttpStatusCode.Created, cancellationToken))
            .GetProperty("id").GetString()!;

    // Toggles items open and closed until the run's timeline holds the wanted number of events; the rate at the start and at the end shows what a growing run costs.
    private static async Task<(double First, double Last)> FillTimelineAsync(BenchContext context, string runId, CancellationToken cancellationToken)
    {
        var clients = Enumerable.Range(0, 8).Select(_ => context.Api.ClientFor(context.Admin.Token)).ToList();
        var done = 0;
        var firstMark = 0L;
        var lastStart = 0L;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, TimelineEvents), new ParallelOptions { MaxDegreeOfParallelism = clients.Count, CancellationToken = cancellationToken }, async (n, ct) =>
            {
                var item = n % (Checklists * ItemsPerChecklist);
                var state = n / (Checklists * ItemsPerChecklist) % 2 == 0 ? "closed" : "";
                await SendAsync(clients[n % clients.Count], HttpMethod.Put, ItemPath(runId, item) + "/state", new { NewState = state }, HttpStatusCode.OK, ct);
                var count = Interlocked.Increment(ref done);
                if (count == 500)
                {
                    Interlocked.Exchange(ref firstMark, Stopwatch.GetTimestamp());
                }
                else if (count == TimelineEvents - 500)
                {
                    Interlocked.Exchange(ref lastStart, Stopwatch.GetTimestamp());
                }
            });
            var ended = Stopwatch.GetTimestamp();
            return (500 / Stopwatch.GetElapsedTime(started, firstMark).TotalSeconds, 500 / Stopwatch.GetElapsedTime(lastStart, ended).TotalSeconds);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static string ItemPath(string runId, int item) => $"{Root}/runs/{runId}/checklists/{item / ItemsPerChecklist}/item/{item % ItemsPerChecklist}";

    private static async Task<Timings> TimeReadsAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var bytes = 0L;
        for (var i = 0; i < Reads + 20; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
            }

            // The first 20 warm both servers up and are not counted.
            if (i >= 20)
            {
                times.Add(elapsed);
                bytes = body.Length;
            }
        }

        return Timings.Of(times, 0, bytes);
    }

    private static async Task<Timings> ToggleAsync(BenchContext context, string runId, int offset, bool concurrently, CancellationToken cancellationToken)
    {
        var clients = Enumerable.Range(0, concurrently ? Toggles : 1).Select(_ => context.Api.ClientFor(context.Admin.Token)).ToList();
        var times = new double[Toggles];
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Toggles), new ParallelOptions { MaxDegreeOfParallelism = clients.Count, CancellationToken = cancellationToken }, async (n, ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                await SendAsync(clients[n % clients.Count], HttpMethod.Put, ItemPath(runId, offset + n) + "/state", new { NewState = "closed" }, HttpStatusCode.OK, ct);
                times[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            });
            return Timings.Of(times, Stopwatch.GetElapsedTime(started).TotalSeconds, 0);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<int> ClosedItemsAsync(HttpClient admin, string runId, CancellationToken cancellationToken)
    {
        using var response = await admin.GetAsync($"{Root}/runs/{runId}", cancellationToken);
        using var run = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return run.RootElement.GetProperty("checklists").EnumerateArray()
            .Sum(c => c.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("state").GetString() == "closed"));
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = SuiteClient.Json(body) };
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        }

        // Checklist changes answer with an empty body.
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return document.RootElement.Clone();
    }

    private sealed record Timings(double P50, double P95, double P99, double WallSeconds, long Bytes)
    {
        public static Timings Of(IEnumerable<double> milliseconds, double wallSeconds, long bytes)
        {
            var sorted = milliseconds.Order().ToList();
            return new Timings(Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 95), Stats.Percentile(sorted, 99), wallSeconds, bytes);
        }
    }
}
