using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.LoadBench;

/// <summary>What every stage may use: the servers, the users and the channels made for the run.</summary>
internal sealed record BenchContext(
    BenchOptions Options,
    EmbeddedPostgres Postgres,
    ChildProcess Suite,
    ChildProcess Baseline,
    SuiteClient Api,
    Uri BaselineAddress,
    BenchUser Admin,
    IReadOnlyList<BenchUser> Users,
    string TeamId,
    string HotChannelId,
    string FanOutChannelId,
    IReadOnlyList<string> SpreadChannelIds)
{
    public Uri WebSocketUrl => new(Api.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "api/v4/websocket");

    public Uri BaselineWebSocketUrl => new(BaselineAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "ws");
}

/// <summary>
/// One invocation: PostgreSQL, Suite.Host and the baseline as separate processes, the users and
/// channels, then the stages, each printing its table. Everything started is stopped on the way
/// out, also when a stage fails or the run is interrupted.
/// </summary>
internal static class BenchRun
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(25);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var cancel = new CancellationTokenSource(RunTimeout);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            cancel.Cancel();
        });

        var report = new Report();
        report.Add(MachineFacts(options));
        var total = Stopwatch.StartNew();
        EmbeddedPostgres? postgres = null;
        ChildProcess? suite = null;
        ChildProcess? baseline = null;
        try
        {
            Directory.CreateDirectory(options.WorkDirectory);
            Step("starting PostgreSQL");
            postgres = await EmbeddedPostgres.StartAsync(
                Path.Combine(options.WorkDirectory, "postgres"), NullLogger.Instance, cancellationToken: cancel.Token,
                serverSettings: options.Statements > 0 ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track_planning=on"] : null);
            await CreateDatabaseAsync(postgres, "suite_bench", cancel.Token);
            await CreateDatabaseAsync(postgres, "baseline_bench", cancel.Token);

            var suiteAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
            var baselineAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
            Step($"starting Suite.Host at {suiteAddress} and the baseline at {baselineAddress}");
            suite = ChildProcess.Start("Suite.Host", "dotnet",
            [
                options.SuiteHost,
                "--urls", suiteAddress.ToString().TrimEnd('/'),
                "--ConnectionStrings:Suite=" + postgres.ConnectionString("suite_bench"),
                "--Suite:DataDirectory=" + Path.Combine(options.WorkDirectory, "suite-data"),
                "--Suite:Modules=" + (options.RunsPlaybooks ? "Channels,Playbooks" : options.RunsBoards ? "Channels,Boards" : "Channels"),
                "--Suite:Users:PasswordHashIterations=1000",
                "--Suite:RateLimits:LoginPerAccountPerMinute=1000000",
                "--Suite:RateLimits:LoginPerAddressPerMinute=1000000",
                // The alert ingestion baseline posts through one incoming webhook far faster than Mattermost's 60 a minute.
                "--Suite:Integrations:IncomingWebhookPostsPerMinute=100000000",
                "--Logging:LogLevel:Default=Warning",
            ], Path.Combine(options.WorkDirectory, "suite-host.log"));
            // Same GC flavour as Suite.Host, which turns the Web SDK's server GC off (see its project file).
            baseline = ChildProcess.Start("baseline", "dotnet",
                [
                    typeof(BenchRun).Assembly.Location, "baseline", "--urls", baselineAddress.ToString().TrimEnd('/'),
                    "--connection", postgres.ConnectionString("baseline_bench"), "--suite-connection", postgres.ConnectionString("suite_bench"),
                ],
                Path.Combine(options.WorkDirectory, "baseline.log"),
                new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" });
            await suite.WaitReadyAsync(new Uri(suiteAddress, "api/v4/system/ping"), TimeSpan.FromSeconds(120), cancel.Token);
            await baseline.WaitReadyAsync(baselineAddress, TimeSpan.FromSeconds(60), cancel.Token);

            using var api = new SuiteClient(suiteAddress);
            var context = await SetUpAsync(options, postgres, suite, baseline, api, baselineAddress, cancel.Token);

            if (options.RunsThroughput)
            {
                report.Add(await PostThroughputStageAsync(context, cancel.Token));
                report.Add(await DatabaseInserts.RunAsync(context, cancel.Token));
            }

            if (options.RunsFanOut)
            {
                report.Add(await FanOutStageAsync(context, cancel.Token));
            }

            if (options.RunsPlaybookRuns)
            {
                report.Add(await PlaybooksBench.RunAsync(context, cancel.Token));
            }

            if (options.RunsAlerts)
            {
                report.Add(await AlertsBench.RunAsync(context, cancel.Token));
            }

            if (options.RunsBoards)
            {
                report.Add(await BoardsBench.RunAsync(context, cancel.Token));
            }

            // Item 3 of the issue, search over 1,000,000 posts, is its own program; build/bench-channels.sh runs it next.
            if (options.RunsIdleMemory)
            {
                report.Add(await IdleMemoryStageAsync(context, cancel.Token));
            }

            report.Add($"Load average at end: {LoadAverage()}; whole run {total.Elapsed.TotalSeconds:0} s. Logs: {options.WorkDirectory}/*.log (removed by the script).");
            return 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"{Environment.NewLine}The run failed: {ex}");
            foreach (var child in new[] { suite, baseline }.OfType<ChildProcess>())
            {
                await Console.Error.WriteLineAsync($"--- last lines of {child.Name}'s log{Environment.NewLine}{child.LogTail()}");
            }

            return 1;
        }
        finally
        {
            Step("stopping the servers");
            foreach (var child in new[] { suite, baseline }.OfType<ChildProcess>())
            {
                await child.DisposeAsync();
            }

            if (postgres is not null)
            {
                await postgres.StopAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<BenchContext> SetUpAsync(BenchOptions options, EmbeddedPostgres postgres, ChildProcess suite, ChildProcess baseline, SuiteClient api, Uri baselineAddress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The first account on a fresh server is the system admin; it makes the team and the channels.
        var admin = await api.SignUpAndLoginAsync("lbadmin", cancellationToken);
        if (options.RunsPlaybooks || options.RunsBoards)
        {
            // The Playbooks and Boards figures act as the system admin in one team.
            var team = await api.CreateTeamAsync(admin, "bench", cancellationToken);
            return new BenchContext(options, postgres, suite, baseline, api, baselineAddress, admin, [], team, "", "", []);
        }

        Step($"signing up and logging in {options.IdleClients} users");
        var users = new BenchUser[options.IdleClients];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Length), Degree(16, cancellationToken), async (i, ct) =>
        {
            users[i] = await api.SignUpAndLoginAsync(string.Create(CultureInfo.InvariantCulture, $"lb{i:D5}"), ct);
            if (Interlocked.Increment(ref done) % 2000 == 0)
            {
                Step($"  {done} users");
            }
        });
        var usersTime = clock.Elapsed;
        if (!options.RunsThroughput && !options.RunsFanOut)
        {
            // The idle clients need their users only: no team, no channels.
            Step($"set up in {clock.Elapsed.TotalSeconds:0} s");
            return new BenchContext(options, postgres, suite, baseline, api, baselineAddress, admin, users, "", "", "", []);
        }

        var teamId = await api.CreateTeamAsync(admin, "bench", cancellationToken);
        var members = users.Take(options.FanOutClients).ToList();
        Step($"adding {members.Count} users to the team");
        await Parallel.ForEachAsync(members, Degree(16, cancellationToken), async (u, ct) => await api.AddToTeamAsync(admin, teamId, u.Id, ct));

        var posterIds = users.Take(options.Workers).Select(u => u.Id).ToList();
        var hot = await api.CreateChannelAsync(admin, teamId, "hot", cancellationToken);
        await api.AddToChannelAsync(admin, hot, posterIds, cancellationToken);
        var fanOut = await api.CreateChannelAsync(admin, teamId, "fanout", cancellationToken);
        foreach (var batch in members.Select(u => u.Id).Chunk(100))
        {
            await api.AddToChannelAsync(admin, fanOut, batch, cancellationToken);
        }

        Step($"creating {options.Channels} channels with the {options.Workers} posters in each");
        var spread = new string[options.Channels];
        await Parallel.ForEachAsync(Enumerable.Range(0, spread.Length), Degree(16, cancellationToken), async (i, ct) =>
        {
            spread[i] = await api.CreateChannelAsync(admin, teamId, string.Create(CultureInfo.InvariantCulture, $"spread{i:D4}"), ct);
            await api.AddToChannelAsync(admin, spread[i], posterIds, ct);
        });
        Step($"set up in {clock.Elapsed.TotalSeconds:0} s (users {usersTime.TotalSeconds:0} s)");
        return new BenchContext(options, postgres, suite, baseline, api, baselineAddress, admin, users, teamId, hot, fanOut, spread);
    }

    private const string SuiteRowBaseline = "baseline (1 INSERT of Suite's row)";

    private static async Task<string> PostThroughputStageAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var warmUp = TimeSpan.FromSeconds(options.WarmUpSeconds);
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        var posters = context.Users.Take(options.Workers).ToList();
        var suiteClients = posters.Select(u => context.Api.ClientFor(u.Token)).ToList();
        var baselineClients = posters.Select(_ => new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = context.BaselineAddress, Timeout = TimeSpan.FromSeconds(60) }).ToList();
        try
        {
            HttpRequestMessage SuitePost(string channelId, int worker, long n) =>
                new(HttpMethod.Post, "/api/v4/posts") { Content = SuiteClient.Json(new { ChannelId = channelId, Message = $"load test post {n} from worker {worker}" }) };
            HttpRequestMessage BaselinePostTo(string path, int worker, long n) =>
                new(HttpMethod.Post, path) { Content = SuiteClient.Json(new { ChannelId = context.HotChannelId, UserId = posters[worker].Id, Message = $"load test post {n} from worker {worker}" }) };
            HttpRequestMessage BaselinePost(int worker, long n) => BaselinePostTo("/posts", worker, n);

            var results = new List<ThroughputResult>();
            async Task Run(string name, ChildProcess server, string database, IReadOnlyList<HttpClient> clients, Func<int, long, HttpRequestMessage> request)
            {
                Step($"post throughput: {name} ({options.WarmUpSeconds} s warm-up, {options.DurationSeconds} s measured, {clients.Count} clients)");
                await StatementStats.ResetAsync(context, database, cancellationToken);
                var cpuBefore = server.CpuTime();
                var postgresBefore = ChildProcess.PostgresCpuTime(database);
                var answered = 0L;
                var result = await PostThroughput.RunAsync(name, clients, (w, n) =>
                {
                    Interlocked.Increment(ref answered);
                    return request(w, n);
                }, warmUp, duration, cancellationToken);
                result = result with
                {
                    ServerCpuMsPerPost = (server.CpuTime() - cpuBefore).TotalMilliseconds / Interlocked.Read(ref answered),
                    PostgresCpuMsPerPost = (ChildProcess.PostgresCpuTime(database) - postgresBefore).TotalMilliseconds / Interlocked.Read(ref answered),
                };
                Step($"  {result.PerSecond:0} posts/s, p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms, CPU per post: server {result.ServerCpuMsPerPost:0.00} ms, PostgreSQL {result.PostgresCpuMsPerPost:0.00} ms, load {LoadAverage()}");
                results.Add(result);
                await StatementStats.PrintAsync(context, database, cancellationToken);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }

            // The baseline runs before and after the Suite, so a change in the machine's load shows.
            await Run("baseline (1 INSERT), before", context.Baseline, "baseline_bench", baselineClients, BaselinePost);
            await Run("Suite, one channel", context.Suite, "suite_bench", suiteClients, (w, n) => SuitePost(context.HotChannelId, w, n));
            await Run($"Suite, {options.Channels} channels", context.Suite, "suite_bench", suiteClients, (w, n) => SuitePost(context.SpreadChannelIds[(int)((n * options.Workers + w) % options.Channels)], w, n));
            await DatabaseInserts.CreateCopyTableAsync(context, cancellationToken);
            await Run(SuiteRowBaseline, context.Baseline, "suite_bench", baselineClients, (w, n) => BaselinePostTo("/posts/suite-row", w, n));
            await Run("baseline (1 INSERT), after", context.Baseline, "baseline_bench", baselineClients, BaselinePost);

            var baselines = results.Where(r => r.Name.StartsWith("baseline (1 INSERT)", StringComparison.Ordinal)).ToList();
            var baselineRate = baselines.Average(r => r.PerSecond);
            var baselineP50 = baselines.Average(r => r.P50);
            var baselineP99 = baselines.Average(r => r.P99);
            var suiteRowRate = results.Single(r => r.Name == SuiteRowBaseline).PerSecond;
            var table = new Table(
                $"1. Post creation over HTTP, {options.Workers} concurrent keep-alive clients, {options.DurationSeconds} s measured after {options.WarmUpSeconds} s warm-up (ratios against the mean of the two baseline runs; target: Suite >= baseline)",
                "run", "posts", "errors", "posts/s", "p50 ms", "p99 ms", "posts/s ratio", "p50 ratio", "p99 ratio", "posts/s ratio to Suite's row", "server CPU ms/post", "PostgreSQL CPU ms/post");
            foreach (var r in results)
            {
                var isBaseline = r.Name.StartsWith("baseline", StringComparison.Ordinal);
                table.Add(r.Name, r.Posts.ToString(CultureInfo.InvariantCulture), r.Errors.ToString(CultureInfo.InvariantCulture), Stats.Format(r.PerSecond, "0"), Stats.Format(r.P50), Stats.Format(r.P99),
                    isBaseline ? "" : Stats.Format(r.PerSecond / baselineRate, "0.00"),
                    isBaseline ? "" : Stats.Format(r.P50 / baselineP50, "0.00"),
                    isBaseline ? "" : Stats.Format(r.P99 / baselineP99, "0.00"),
                    isBaseline ? "" : Stats.Format(r.PerSecond / suiteRowRate, "0.00"),
                    Stats.Format(r.ServerCpuMsPerPost, "0.00"),
                    Stats.Format(r.PostgresCpuMsPerPost, "0.00"));
            }

            return table + "CPU per post: user+system time over warm-up and measure, per request sent, of the server process and of the PostgreSQL backends connected to its database." + Environment.NewLine
                + $"\"{SuiteRowBaseline}\": the baseline server, one INSERT per request of the row Suite writes (search columns included) into a copy of Suite's posts table with all its indexes.";
        }
        finally
        {
            foreach (var client in suiteClients.Concat(baselineClients))
            {
                client.Dispose();
            }
        }
    }

    private static async Task<string> FanOutStageAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var members = context.Users.Take(options.FanOutClients).ToList();
        var tokens = members.Select(u => u.Token).ToList();
        using var baselinePoster = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = context.BaselineAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var suitePoster = context.Api.ClientFor(members[0].Token);

        async Task<FanOutResult> Run(string name, Uri webSocketUrl, HttpClient poster, Func<string, HttpRequestMessage> request)
        {
            Step($"fan-out ({name}): connecting {members.Count} WebSocket clients");
            var sockets = await FanOut.ConnectAsync(webSocketUrl, tokens, 4096, 32, cancellationToken);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                Step($"fan-out ({name}): {options.FanOutPosts} posts, one at a time, load {LoadAverage()}");
                return await FanOut.RunAsync(sockets, poster, request, options.FanOutPosts, cancellationToken);
            }
            finally
            {
                await FanOut.CloseAllAsync(sockets);
            }
        }

        var baseline = await Run("baseline", context.BaselineWebSocketUrl, baselinePoster, message =>
            new(HttpMethod.Post, "/posts") { Content = SuiteClient.Json(new { ChannelId = context.FanOutChannelId, UserId = members[0].Id, Message = message }) });
        var suite = await Run("Suite", context.WebSocketUrl, suitePoster, message =>
            new(HttpMethod.Post, "/api/v4/posts") { Content = SuiteClient.Json(new { ChannelId = context.FanOutChannelId, Message = message }) });
        var table = new Table(
            $"2. Fan-out: {suite.Clients} WebSocket clients in one channel, {suite.Posts} posts one at a time; time from the POST's answer to the last client's posted event (target p99 < 50 ms). " +
            "Baseline: the one-INSERT server sending each post to every client on its own bare WebSocket endpoint",
            "run", "clients", "posts", "incomplete", "p50 ms", "p99 ms", "max ms", "p50 ratio", "p99 ratio");
        foreach (var (name, result) in new[] { ("baseline (bare WebSocket broadcast)", baseline), ("Suite", suite) })
        {
            var isBaseline = ReferenceEquals(result, baseline);
            table.Add(name, result.Clients.ToString(CultureInfo.InvariantCulture), result.Posts.ToString(CultureInfo.InvariantCulture), result.Incomplete.ToString(CultureInfo.InvariantCulture),
                Stats.Format(result.P50), Stats.Format(result.P99), Stats.Format(result.Max),
                isBaseline ? "" : Stats.Format(result.P50 / baseline.P50, "0.00"),
                isBaseline ? "" : Stats.Format(result.P99 / baseline.P99, "0.00"));
        }

        return table.ToString();
    }

    private static async Task<string> IdleMemoryStageAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var count = context.Options.IdleClients;
        var tokens = context.Users.Select(u => u.Token).ToList();

        async Task<((long Rss, long Anon) Before, (long Rss, long Anon) After, int Open)> Measure(string name, ChildProcess server, Uri webSocketUrl)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var before = await SampleMemoryAsync(server, cancellationToken);
            Step($"idle memory: {name} RSS {before.Rss / 1024} MiB; connecting {count} WebSocket clients");
            var clock = Stopwatch.StartNew();
            var sockets = await FanOut.ConnectAsync(webSocketUrl, tokens, 256, 64, cancellationToken);
            try
            {
                foreach (var socket in sockets)
                {
                    socket.StartReceiving(null);
                }

                Step($"  {count} connected and authenticated in {clock.Elapsed.TotalSeconds:0} s; settling");
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                var after = await SampleMemoryAsync(server, cancellationToken);
                return (before, after, sockets.Count(s => s.Open));
            }
            finally
            {
                await FanOut.CloseAllAsync(sockets);
            }
        }

        var baseline = await Measure("baseline", context.Baseline, context.BaselineWebSocketUrl);
        var suite = await Measure("Suite.Host", context.Suite, context.WebSocketUrl);
        var table = new Table(
            $"4. Memory per idle WebSocket client: each server (a separate process) before and after {count} authenticated idle connections (median of 3 samples; target < 20 KB). " +
            "Baseline: the one-INSERT server's bare WebSocket endpoint, which keeps a socket and a 1 KB buffer per client",
            "server", "measure", "before MiB", "after MiB", "delta MiB", "per client KB", "ratio");
        double PerClient(long before, long after) => (after - before) * 1024.0 / count / 1000;
        foreach (var (name, m) in new[] { ("baseline", baseline), ("Suite.Host", suite) })
        {
            var isBaseline = name == "baseline";
            table.Add(name, "VmRSS", Mib(m.Before.Rss), Mib(m.After.Rss), Mib(m.After.Rss - m.Before.Rss), Stats.Format(PerClient(m.Before.Rss, m.After.Rss), "0.0"),
                isBaseline ? "" : Stats.Format(PerClient(m.Before.Rss, m.After.Rss) / PerClient(baseline.Before.Rss, baseline.After.Rss), "0.00"));
            table.Add(name, "RssAnon", Mib(m.Before.Anon), Mib(m.After.Anon), Mib(m.After.Anon - m.Before.Anon), Stats.Format(PerClient(m.Before.Anon, m.After.Anon), "0.0"),
                isBaseline ? "" : Stats.Format(PerClient(m.Before.Anon, m.After.Anon) / PerClient(baseline.Before.Anon, baseline.After.Anon), "0.00"));
        }

        return table + $"Still open at the second measure: baseline {baseline.Open}, Suite {suite.Open} of {count}. KB = 1,000 bytes. No GC heap figure: Suite exposes no diagnostic endpoint for it.";
    }

    private static async Task<(long Rss, long Anon)> SampleMemoryAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        var samples = new List<(long Rss, long Anon)>();
        for (var i = 0; i < 3; i++)
        {
            if (i > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }

            samples.Add(process.Memory());
        }

        return (samples.Select(s => s.Rss).Order().ElementAt(1), samples.Select(s => s.Anon).Order().ElementAt(1));
    }

    private static string MachineFacts(BenchOptions options)
    {
        var table = new Table("Machine", "fact", "value");
        table.Add("command", options.Command.Length > 0 ? options.Command : Environment.CommandLine);
        table.Add("date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        table.Add("nproc", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        table.Add("load average at start (1, 5, 15 min)", LoadAverage());
        table.Add("memory", File.ReadLines("/proc/meminfo").First());
        table.Add("runtime", RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription);
        table.Add("clients", "in this process, on the same cores as the servers");
        return table.ToString();
    }

    private static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string Mib(long kib) => Stats.Format(kib / 1024.0, "0.0");

    private static ParallelOptions Degree(int degree, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

    internal static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");

    private static async Task CreateDatabaseAsync(EmbeddedPostgres postgres, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
