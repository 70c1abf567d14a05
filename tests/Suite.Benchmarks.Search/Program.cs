using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Benchmarks.Search;
using Suite.Platform;

// Search over HTTP against a Suite host on a fresh embedded PostgreSQL loaded with generated posts;
// the baseline is the single-statement query Mattermost's database search runs, over Npgsql.
var options = BenchOptions.Parse(args);
var dataDirectory = Path.Combine(Path.GetTempPath(), "suite-bench-search-" + Guid.NewGuid().ToString("N")[..8]);
Console.WriteLine($"Suite search benchmark: {options.Posts:N0} posts, {options.Channels} channels, {options.Authors} authors, {options.Samples} samples per row");
Console.WriteLine($"Data directory (embedded PostgreSQL): {dataDirectory}");

var total = Stopwatch.StartNew();
var app = await SuiteApplication.CreateAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["urls"] = "http://127.0.0.1:0",
    ["Suite:DataDirectory"] = dataDirectory,
    ["Suite:Modules"] = "Channels",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Suite:Users:PasswordHashIterations"] = "1000",
    ["Suite:RateLimits:LoginPerAccountPerMinute"] = "100000",
    ["Suite:RateLimits:LoginPerAddressPerMinute"] = "100000",
}));
try
{
    await app.StartAsync();
    var db = app.Services.GetRequiredService<NpgsqlDataSource>();
    using var http = new HttpClient { BaseAddress = app.ListeningAddress(), Timeout = TimeSpan.FromMinutes(2) };

    var world = await World.CreateAsync(http, options);
    Console.WriteLine($"Users, team and channels over HTTP: {total.Elapsed.TotalSeconds:F1} s; the searcher belongs to {world.MemberChannelIds.Count} of {options.Channels} channels");

    var load = Stopwatch.StartNew();
    await Generator.LoadAsync(db, world, options);
    Console.WriteLine($"Generated and indexed {options.Posts:N0} posts in {load.Elapsed.TotalSeconds:F1} s");

    var queries = await QuerySet.ChooseAsync(db, world, options);
    using var searcher = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
    searcher.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", world.SearcherToken);
    var rows = new List<ResultRow>();
    foreach (var group in queries)
    {
        var suite = await Measure.HttpAsync(searcher, world.TeamId, group.Terms, options.Samples);
        var baseline = await Measure.BaselineAsync(db, world, group.Terms.Select(QuerySet.BaselineQuery).ToList(), options.Samples);
        rows.Add(new ResultRow(group, suite, baseline));
        Console.WriteLine($"  measured {group.Name}");
    }

    Report.Print(rows, options);
    Console.WriteLine($"Total time: {total.Elapsed.TotalSeconds:F0} s");
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    if (!options.Keep)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not delete {dataDirectory}: {ex.Message}");
        }
    }
}

namespace Suite.Benchmarks.Search
{
    internal sealed record BenchOptions(int Posts, int Channels, int Authors, int Samples, bool Keep)
    {
        public static BenchOptions Parse(string[] args)
        {
            var options = new BenchOptions(1_000_000, 100, 100, 200, false);
            for (var i = 0; i < args.Length; i++)
            {
                options = args[i] switch
                {
                    "--posts" => options with { Posts = Number(args, ++i) },
                    "--channels" => options with { Channels = Number(args, ++i) },
                    "--authors" => options with { Authors = Number(args, ++i) },
                    "--samples" => options with { Samples = Number(args, ++i) },
                    "--keep" => options with { Keep = true },
                    _ => throw new ArgumentException($"Unknown option {args[i]}; use --posts N --channels N --authors N --samples N --keep"),
                };
            }

            return options;
        }

        private static int Number(string[] args, int index) =>
            index < args.Length && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"{args[index - 1]} needs a positive number");
    }

    /// <summary>The accounts, team and channels the posts go into, made through the API.</summary>
    internal sealed record World(string TeamId, string SearcherId, string SearcherToken, IReadOnlyList<string> ChannelIds, IReadOnlyList<string> MemberChannelIds, IReadOnlyList<(string Id, string Username)> Authors)
    {
        private const string Password = "bench-password-1";

        public static async Task<World> CreateAsync(HttpClient http, BenchOptions options)
        {
            var admin = await SignUpAsync(http, "benchadmin");
            var searcher = await SignUpAsync(http, "searcher");
            var authors = new List<(string, string)>();
            for (var i = 0; i < options.Authors; i++)
            {
                var name = $"author{i:D3}";
                authors.Add((await SignUpAsync(http, name), name));
            }

            using var adminClient = await LoginAsync(http, "benchadmin");
            var team = await Api.SendAsync(adminClient, HttpMethod.Post, "/api/v4/teams", new { name = "bench", display_name = "Bench", type = "O" });
            var teamId = team.GetProperty("id").GetString()!;
            await Api.SendAsync(adminClient, HttpMethod.Post, $"/api/v4/teams/{teamId}/members", new { team_id = teamId, user_id = searcher });

            // Every tenth channel is private; the searcher belongs to every other one.
            var channels = new List<string>();
            var member = new List<string>();
            for (var i = 0; i < options.Channels; i++)
            {
                var channel = await Api.SendAsync(adminClient, HttpMethod.Post, "/api/v4/channels", new { team_id = teamId, name = $"channel-{i:D3}", display_name = $"Channel {i}", type = i % 10 == 9 ? "P" : "O" });
                var channelId = channel.GetProperty("id").GetString()!;
                channels.Add(channelId);
                if (i % 2 == 0)
                {
                    await Api.SendAsync(adminClient, HttpMethod.Post, $"/api/v4/channels/{channelId}/members", new { user_id = searcher });
                    member.Add(channelId);
                }
            }

            var token = await TokenAsync(http, "searcher");
            return new World(teamId, searcher, token, channels, member, authors);
        }

        private static async Task<string> SignUpAsync(HttpClient http, string username)
        {
            var user = await Api.SendAsync(http, HttpMethod.Post, "/api/v4/users", new { username, email = $"{username}@example.com", password = Password });
            return user.GetProperty("id").GetString()!;
        }

        private static async Task<string> TokenAsync(HttpClient http, string username)
        {
            using var response = await http.PostAsJsonAsync("/api/v4/users/login", new { login_id = username, password = Password });
            response.EnsureSuccessStatusCode();
            return response.Headers.GetValues("Token").Single();
        }

        private static async Task<HttpClient> LoginAsync(HttpClient http, string username)
        {
            var client = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, username));
            return client;
        }
    }

    internal static class Api
    {
        public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body)
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
            }

            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Fills the posts table with generated messages, in chunks, with the indexes rebuilt once at the end.</summary>
    internal static class Generator
    {
        public const int Vocabulary = 10_000;
        public const int OldOnlyPosts = 10_000;

        /// <summary>The most frequent words of the generated messages, most frequent first (ranks 1 to 120).</summary>
        public static readonly string[] RealWords =
        [
            "build", "server", "release", "test", "failed", "error", "database", "cluster", "node", "service", "request", "response",
            "latency", "alert", "incident", "pipeline", "merge", "branch", "commit", "review", "ticket", "customer", "issue", "fix",
            "bug", "patch", "version", "update", "config", "network", "timeout", "retry", "queue", "worker", "cache", "memory",
            "disk", "storage", "backup", "restore", "migration", "schema", "index", "query", "search", "metric", "dashboard", "graph",
            "login", "token", "session", "account", "password", "email", "notification", "message", "channel", "meeting", "standup",
            "sprint", "planning", "roadmap", "feature", "design", "document", "wiki", "page", "link", "image", "upload", "download",
            "folder", "project", "board", "card", "kanban", "monitor", "trace", "debug", "warning", "critical", "outage", "recovery",
            "rollback", "canary", "staging", "production", "environment", "docker", "kubernetes", "container", "registry", "helm",
            "terraform", "ansible", "script", "cron", "schedule", "priority", "owner", "oncall", "pager", "escalation", "runbook",
            "playbook", "postmortem", "timeline", "summary", "report", "weekly", "daily", "monthly", "quarter", "budget", "invoice",
            "payment", "billing", "subscription", "license", "vendor", "contract",
        ];

        public static async Task LoadAsync(NpgsqlDataSource db, World world, BenchOptions options)
        {
            await using var connection = await db.OpenConnectionAsync();
            await connection.ExecuteAsync("CREATE SCHEMA bench; CREATE TABLE bench.vocab (rank int PRIMARY KEY, word text NOT NULL)");
            await connection.ExecuteAsync("INSERT INTO bench.vocab (rank, word) SELECT r, w FROM unnest(@words::text[]) WITH ORDINALITY AS t(w, r)", new { words = RealWords });
            await connection.ExecuteAsync(
                """
                INSERT INTO bench.vocab (rank, word)
                SELECT @real + 1 + g,
                       (ARRAY['ka','lo','mi','re','su','ta','ne','vi','po','da','fe','gu','zo','xi','qu','br','st','pl'])[1 + g % 18]
                    || (ARRAY['ra','ten','bel','dor','mix','nal','pus','vex','lin','gor','tam','sel','fon','rik','dex','mol','wen','zar'])[1 + (g / 18) % 18]
                    || (ARRAY['a','o','us','ix','en','um','ar','is','el','on'])[1 + (g / 324) % 10]
                    || CASE WHEN g >= 3240 THEN g::text ELSE '' END
                  FROM generate_series(0, @vocabulary - @real - 1) g
                """,
                new { real = RealWords.Length, vocabulary = Vocabulary });

            // Indexes are dropped for the load and rebuilt from their own definitions, as the migrations made them.
            var indexes = (await connection.QueryAsync<(string Name, string Definition)>(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'channels' AND tablename = 'posts' AND indexname <> 'posts_pkey'")).AsList();
            foreach (var (name, _) in indexes)
            {
                await connection.ExecuteAsync($"DROP INDEX channels.\"{name}\"");
            }

            var sql = ReadResource("generate-posts.sql");
            var end = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            const int chunk = 100_000;
            for (var first = 1; first <= options.Posts; first += chunk)
            {
                var count = Math.Min(chunk, options.Posts - first + 1);
                await connection.ExecuteAsync(new CommandDefinition(
                    sql,
                    new { channelIds = world.ChannelIds.ToArray(), userIds = world.Authors.Select(a => a.Id).ToArray(), first, count, total = options.Posts, end, vocabulary = Vocabulary, oldCount = OldOnlyPosts },
                    commandTimeout: 0));
                Console.Write($"\r  {first + count - 1:N0} posts");
            }

            Console.WriteLine();
            foreach (var (name, definition) in indexes)
            {
                var started = Stopwatch.StartNew();
                await connection.ExecuteAsync(new CommandDefinition(definition, commandTimeout: 0));
                Console.WriteLine($"  rebuilt {name} in {started.Elapsed.TotalSeconds:F1} s");
            }

            await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE channels.posts", commandTimeout: 0));
        }

        private static string ReadResource(string name)
        {
            using var stream = typeof(Generator).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>A row of the report: a kind of search and the terms it cycles through.</summary>
    internal sealed record QueryGroup(string Name, IReadOnlyList<string> Terms, string Example);

    internal static class QuerySet
    {
        public static async Task<IReadOnlyList<QueryGroup>> ChooseAsync(NpgsqlDataSource db, World world, BenchOptions options)
        {
            await using var connection = await db.OpenConnectionAsync();
            var common = Generator.RealWords[..8];
            var medium = Generator.RealWords[40..60];
            var uncommon = await WordsAsync(connection, 200);
            var rare = await WordsAsync(connection, 8000);
            var words = Generator.RealWords;
            var authors = world.Authors.Select(a => a.Username).ToList();

            var singleWords = common.Concat(medium).Concat(uncommon).Concat(rare).ToList();
            var commonPhrases = Enumerable.Range(0, 10).Select(i => $"\"{words[i % 5]} {words[(i + 1) % 5 + 5 * (i / 5)]}\"").ToList();
            var rarerPhrases = Enumerable.Range(0, 10).Select(i => $"\"{words[10 + i]} {words[20 + i]}\"").ToList();
            var phrases = commonPhrases.Concat(rarerPhrases).ToList();
            var fromWord = Enumerable.Range(0, 20).Select(i => $"from:{authors[i * 7 % authors.Count]} {(i % 2 == 0 ? common[i % common.Length] : medium[i % medium.Length])}").ToList();
            return
            [
                new("single word (all)", singleWords, singleWords[0]),
                new("  common word (17-66% of posts)", common, common[0]),
                new("  medium word (~3% of posts)", medium, medium[0]),
                new("  uncommon word (~0.8% of posts)", uncommon, uncommon[0]),
                new("  rare word (~0.02% of posts)", rare, rare[0]),
                new("phrase (all)", phrases, phrases[0]),
                new("  two common words (~1.5% of posts)", commonPhrases, commonPhrases[0]),
                new("  two rarer words (~0.06% of posts)", rarerPhrases, rarerPhrases[0]),
                new("from: + word", fromWord, fromWord[0]),
                new("old-only word (oldest 1% of posts)", ["legacyoutage"], "legacyoutage"),
            ];
        }

        // Ten words from the given rank on: the word of rank r is in about 14 / (9.2 r) of the posts.
        private static async Task<List<string>> WordsAsync(NpgsqlConnection connection, int rank) =>
            (await connection.QueryAsync<string>("SELECT word FROM bench.vocab WHERE rank >= @rank ORDER BY rank LIMIT 10", new { rank })).AsList();

        /// <summary>The baseline's tsquery text for a term: words ANDed, a phrase's words adjacent, as Mattermost builds it.</summary>
        public static BaselineQuery BaselineQuery(string terms)
        {
            string? from = null;
            var words = new List<string>();
            foreach (var part in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith("from:", StringComparison.Ordinal))
                {
                    from = part[5..];
                }
                else
                {
                    words.Add(part.Trim('"'));
                }
            }

            return new BaselineQuery(string.Join(terms.Contains('"', StringComparison.Ordinal) ? " <-> " : " & ", words), from);
        }
    }

    internal sealed record BaselineQuery(string TsQuery, string? FromUsername);

    internal sealed record Timings(double P50, double P95, double Max, int Hits)
    {
        public static Timings From(List<double> samples, int hits)
        {
            samples.Sort();
            return new Timings(Percentile(samples, 0.50), Percentile(samples, 0.95), samples[^1], hits);
        }

        private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    internal static class Measure
    {
        /// <summary>Searches through the API as Mattermost's web app does (a team search, 20 per page), each term once to warm up, then round-robin.</summary>
        public static async Task<Timings> HttpAsync(HttpClient client, string teamId, IReadOnlyList<string> terms, int samples)
        {
            var hits = 0;
            foreach (var term in terms)
            {
                hits += await SearchAsync(client, teamId, term);
            }

            var times = new List<double>(samples);
            for (var i = 0; i < samples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await SearchAsync(client, teamId, terms[i % terms.Count]);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return Timings.From(times, hits / terms.Count);
        }

        /// <summary>
        /// Mattermost's database search in one statement: the member channels in a subquery, the
        /// tsquery against the indexed column, newest first, LIMIT 100, the planner choosing the path.
        /// </summary>
        public static async Task<Timings> BaselineAsync(NpgsqlDataSource db, World world, IReadOnlyList<BaselineQuery> queries, int samples)
        {
            const string sql =
                """
                SELECT p.* FROM channels.posts p
                 WHERE p.delete_at = 0 AND p.type NOT LIKE 'system\_%'
                   AND (@fromUsername::text IS NULL OR p.user_id IN (SELECT id FROM platform.users WHERE username = @fromUsername))
                   AND p.channel_id IN (SELECT c.id FROM channels.channels c JOIN channels.channel_members m ON m.channel_id = c.id
                                         WHERE m.user_id = @userId AND c.delete_at = 0 AND (c.team_id = @teamId OR c.team_id = ''))
                   AND p.search_vector @@ to_tsquery('english', @query)
                 ORDER BY p.create_at DESC LIMIT 100
                """;
            await using var connection = await db.OpenConnectionAsync();
            var hits = 0;
            foreach (var query in queries)
            {
                hits += (await connection.QueryAsync(sql, Parameters(world, query))).Count();
            }

            var times = new List<double>(samples);
            for (var i = 0; i < samples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                _ = (await connection.QueryAsync(sql, Parameters(world, queries[i % queries.Count]))).AsList();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return Timings.From(times, hits / queries.Count);
        }

        private static object Parameters(World world, BaselineQuery query) =>
            new { userId = world.SearcherId, teamId = world.TeamId, query = query.TsQuery, fromUsername = query.FromUsername };

        private static async Task<int> SearchAsync(HttpClient client, string teamId, string terms)
        {
            using var response = await client.PostAsJsonAsync($"/api/v4/teams/{teamId}/posts/search", new { terms, is_or_search = false, page = 0, per_page = 20 });
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Search for {terms} answered {(int)response.StatusCode}: {text}");
            }

            using var document = JsonDocument.Parse(text);
            return document.RootElement.GetProperty("order").GetArrayLength();
        }
    }

    internal sealed record ResultRow(QueryGroup Group, Timings Suite, Timings Baseline);

    internal static class Report
    {
        public static void Print(IReadOnlyList<ResultRow> rows, BenchOptions options)
        {
            Console.WriteLine();
            Console.WriteLine($"Search over {options.Posts:N0} posts in {options.Channels} channels ({options.Samples} searches per row, one client, after one warm-up pass).");
            Console.WriteLine("Suite = POST /api/v4/teams/{team_id}/posts/search over HTTP, 20 per page, end to end.");
            Console.WriteLine("Baseline = Mattermost's single-statement database search (LIMIT 100) straight over Npgsql, no HTTP.");
            Console.WriteLine();
            Console.WriteLine($"{"query",-38} {"hits",5} {"p50 ms",8} {"p95 ms",8} {"max ms",8} | {"base p50",9} {"base p95",9} {"base max",9}  example");
            Console.WriteLine(new string('-', 120));
            foreach (var row in rows)
            {
                var s = row.Suite;
                var b = row.Baseline;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{row.Group.Name,-38} {s.Hits,5} {s.P50,8:F1} {s.P95,8:F1} {s.Max,8:F1} | {b.P50,9:F1} {b.P95,9:F1} {b.Max,9:F1}  {row.Group.Example}"));
            }
        }
    }
}
