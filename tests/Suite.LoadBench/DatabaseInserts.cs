using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Suite.LoadBench;

/// <summary>
/// The post creation runs' writes without any HTTP server, from pgbench's C client: the baseline's
/// one-row <c>INSERT</c>, then rows of Suite's posts table (a copy with all its indexes, the search
/// columns computed as the write path computes them), one per transaction and eight per
/// transaction (about the batch group commit gathers from 16 clients), from 16 connections and from
/// one (a hot channel's transactions are serial). It shows what a posts row costs the database
/// against the baseline's row, before any of the server's work.
/// </summary>
internal static partial class DatabaseInserts
{
    public const string CopyTable = "loadbench_posts";

    private const string BaselineInsert =
        """
        \set n random(1, 1000000000)
        INSERT INTO posts (id, channel_id, user_id, message, create_at)
        VALUES (gen_random_uuid(), :channel, :user, 'load test post ' || :n || ' from worker ' || :client_id, :n);
        """;

    private const string PgbenchRows =
        "SELECT substr(md5(random()::text), 1, 26) AS id, 'load test post ' || (:n + ord) || ' from worker ' || :client_id AS message, :n + ord AS at FROM generate_series(1, :rows) ord";

    private static readonly string SuiteInsert = "\\set n random(1, 1000000000)\n" + SuiteRowsInsert(PgbenchRows, ":channel", ":user") + ";\n";

    private static readonly string SuiteInsertWithoutSearch = "\\set n random(1, 1000000000)\n" + SuiteRowsInsert(PgbenchRows, ":channel", ":user", withSearch: false) + ";\n";

    /// <summary>
    /// An insert of the rows <paramref name="rows"/> selects (<c>id</c>, <c>message</c>, <c>at</c>) into the
    /// copy of Suite's posts table, with the columns and search expressions of the channel grain's (Posts/Writing/PostInsert)
    /// insert (PostSearchDocument.Lateral), or with empty search columns.
    /// </summary>
    public static string SuiteRowsInsert(string rows, string channel, string user, bool withSearch = true)
    {
        var search = withSearch ? "document.vector, pairs.pairs" : "''::tsvector, '{}'::text[]";
        var laterals = withSearch
            ? ", LATERAL (SELECT to_tsvector('english', u.message || ' ' || '') AS vector) document, LATERAL channels.lexeme_pairs(document.vector) AS pairs(pairs)"
            : "";
        return $$"""
            INSERT INTO {{CopyTable}} (id, channel_id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, create_at, update_at, search_vector, search_pairs)
            SELECT u.id, {{channel}}, {{user}}, '', u.message, '', '{}'::jsonb, '', '[]'::jsonb, '', u.at, u.at, {{search}}
              FROM ({{rows}}) u{{laterals}}
            """;
    }

    /// <summary>A fresh copy of Suite's posts table, with all its indexes, for the baseline's and pgbench's rows.</summary>
    public static Task CreateCopyTableAsync(BenchContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context, "suite_bench", $"DROP TABLE IF EXISTS {CopyTable}; CREATE TABLE {CopyTable} (LIKE channels.posts INCLUDING ALL)", cancellationToken);

    public static Task DropCopyTableAsync(BenchContext context) =>
        ExecuteAsync(context, "suite_bench", $"DROP TABLE IF EXISTS {CopyTable}", CancellationToken.None);

    public static async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var seconds = (int)Math.Ceiling(options.DurationSeconds);
        await CreateCopyTableAsync(context, cancellationToken);
        try
        {
            var runs = new (string Name, string Database, string Script, int Rows, int Connections)[]
            {
                ("baseline's INSERT, 1 row per transaction", "baseline_bench", BaselineInsert, 1, options.Workers),
                ("Suite's posts table, 1 row per transaction", "suite_bench", SuiteInsert, 1, options.Workers),
                ("Suite's posts table, 8 rows per transaction", "suite_bench", SuiteInsert, 8, options.Workers),
                ("Suite's posts table, 8 rows per transaction, serial", "suite_bench", SuiteInsert, 8, 1),
                ("Suite's posts table without search columns, 1 row per transaction", "suite_bench", SuiteInsertWithoutSearch, 1, options.Workers),
            };
            var results = new List<(string Name, int Connections, double RowsPerSecond, double LatencyMs)>();
            foreach (var (name, database, script, rows, connections) in runs)
            {
                BenchRun.Step($"database inserts: {name}, {connections} connection{(connections == 1 ? "" : "s")}, {seconds} s");
                var (tps, latency) = await PgbenchAsync(context, database, script, rows, connections, seconds, cancellationToken);
                results.Add((name, connections, tps * rows, latency));
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }

            var baseline = results[0].RowsPerSecond;
            var table = new Table(
                $"1b. The same writes at the database level, from pgbench (-M prepared, {seconds} s each), no HTTP server (ratios against the baseline's INSERT)",
                "run", "connections", "rows/s", "ratio", "transaction latency ms");
            foreach (var (name, connections, rowsPerSecond, latency) in results)
            {
                table.Add(name, connections.ToString(CultureInfo.InvariantCulture), Stats.Format(rowsPerSecond, "0"),
                    Stats.Format(rowsPerSecond / baseline, "0.00"), Stats.Format(latency, "0.00"));
            }

            return table + "Suite's rows go to a copy of channels.posts (CREATE TABLE ... (LIKE channels.posts INCLUDING ALL)): the same indexes, dropped after the run.";
        }
        finally
        {
            await DropCopyTableAsync(context);
        }
    }

    private static async Task<(double Tps, double LatencyMs)> PgbenchAsync(
        BenchContext context, string database, string script, int rows, int connections, int seconds, CancellationToken cancellationToken)
    {
        var scriptPath = Path.Combine(context.Options.WorkDirectory, $"pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(scriptPath, script, cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(context.Postgres.ConnectionString(database));
        var start = new ProcessStartInfo(Path.Combine(context.Postgres.BinDirectory, "pgbench"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!,
            "-n", "-M", "prepared", "-T", seconds.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(connections, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-D", "channel=" + context.HotChannelId, "-D", "user=" + context.Users[0].Id, "-D", "rows=" + rows.ToString(CultureInfo.InvariantCulture),
            "-f", scriptPath, database])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pgbench.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var text = await output;
            var tps = TpsLine().Match(text);
            var latency = LatencyLine().Match(text);
            if (process.ExitCode != 0 || !tps.Success || !latency.Success)
            {
                throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {text}{await errors}");
            }

            return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private static async Task ExecuteAsync(BenchContext context, string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(context.Postgres.ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^tps = ([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"^latency average = ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex LatencyLine();
}
