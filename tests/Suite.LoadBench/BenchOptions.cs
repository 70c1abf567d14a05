using System.Globalization;

namespace Suite.LoadBench;

/// <summary>The run's arguments: <c>--name value</c> pairs; sizes default to the figures.</summary>
internal sealed record BenchOptions
{
    /// <summary>The Release build of Suite.Host to start.</summary>
    public required string SuiteHost { get; init; }

    /// <summary>A scratch directory (reachable by the postgres OS user) for PostgreSQL, data and logs.</summary>
    public required string WorkDirectory { get; init; }

    public string Command { get; init; } = "";

    public int Workers { get; init; } = 16;

    public int Channels { get; init; } = 1000;

    public double WarmUpSeconds { get; init; } = 3;

    public double DurationSeconds { get; init; } = 10;

    public int FanOutClients { get; init; } = 1000;

    public int FanOutPosts { get; init; } = 200;

    public int IdleClients { get; init; } = 10_000;

    /// <summary>When above 0, PostgreSQL runs with pg_stat_statements and the Suite's costliest statements of each throughput run are printed.</summary>
    public int Statements { get; init; }

    /// <summary>
    /// The stages to run: <c>all</c>, or one alone while iterating: <c>throughput</c> (the write
    /// path) or <c>memory</c> (idle WebSocket clients, with the baseline server measured in the same run);
    /// <c>playbooks</c> runs the Playbooks figures alone (not part of <c>all</c>), alert ingestion included;
    /// <c>alerts</c> only alert ingestion; <c>boards</c> the Boards figures alone (not part of <c>all</c>).
    /// </summary>
    public string Stages { get; init; } = "all";

    public bool RunsThroughput => Stages is "all" or "throughput";

    public bool RunsFanOut => Stages is "all";

    public bool RunsIdleMemory => Stages is "all" or "memory";

    public bool RunsPlaybooks => Stages is "playbooks" or "alerts";

    public bool RunsPlaybookRuns => Stages is "playbooks";

    public bool RunsAlerts => Stages is "playbooks" or "alerts";

    public bool RunsBoards => Stages is "boards";

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'. " +
                    "Names: --suite-host, --work-dir, --command, --workers, --channels, --warmup, --duration, --fanout-clients, --fanout-posts, --idle-clients, --statements, --stages (all|throughput|memory|playbooks|alerts|boards).");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.Remove(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        int Int(string name, int fallback) => values.Remove(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        double Double(string name, double fallback) => values.Remove(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var options = new BenchOptions
        {
            SuiteHost = Path.GetFullPath(Required("suite-host")),
            WorkDirectory = Path.GetFullPath(Required("work-dir")),
            Command = values.Remove("command", out var command) ? command : "",
            Workers = Int("workers", 16),
            Channels = Int("channels", 1000),
            WarmUpSeconds = Double("warmup", 3),
            DurationSeconds = Double("duration", 10),
            FanOutClients = Int("fanout-clients", 1000),
            FanOutPosts = Int("fanout-posts", 200),
            IdleClients = Int("idle-clients", 10_000),
            Statements = Int("statements", 0),
            Stages = values.Remove("stages", out var stages) ? stages : "all",
        };
        if (values.Count > 0)
        {
            throw new ArgumentException($"Unknown argument --{values.Keys.First()}.");
        }

        if (options.Stages is not ("all" or "throughput" or "memory" or "playbooks" or "alerts" or "boards"))
        {
            throw new ArgumentException("--stages is all, throughput, memory, playbooks, alerts or boards.");
        }

        if (options.Workers > options.FanOutClients || options.FanOutClients > options.IdleClients)
        {
            throw new ArgumentException("Need workers <= fanout-clients <= idle-clients: the same users serve all three.");
        }

        return options;
    }
}
