using System.Diagnostics;
using System.Net;

namespace Suite.LoadBench;

internal sealed record ThroughputResult(string Name, int Posts, int Errors, double Seconds, double P50, double P99)
{
    /// <summary>The server process's CPU time over the whole run (warm-up included) per request answered.</summary>
    public double ServerCpuMsPerPost { get; init; } = double.NaN;

    /// <summary>The same for PostgreSQL's backends serving the server's database.</summary>
    public double PostgresCpuMsPerPost { get; init; } = double.NaN;

    public double PerSecond => Posts / Seconds;
}

/// <summary>
/// Closed-loop load: each worker sends one request, waits for the answer, sends the next. Requests
/// that start after the warm-up and finish before the end count; latency is request to last byte.
/// </summary>
internal static class PostThroughput
{
    public static async Task<ThroughputResult> RunAsync(
        string name,
        IReadOnlyList<HttpClient> workers,
        Func<int, long, HttpRequestMessage> request,
        TimeSpan warmUp,
        TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[workers.Count];
        var errors = 0;
        string? firstError = null;

        await Task.WhenAll(workers.Select((client, worker) => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(8192);
            for (long n = 0; ; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= measureTo)
                {
                    return;
                }

                using var message = request(worker, n);
                HttpStatusCode status;
                string? failure = null;
                try
                {
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    status = response.StatusCode;
                    if (status != HttpStatusCode.Created)
                    {
                        failure = $"{(int)status}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    failure = ex.Message;
                }

                var done = Stopwatch.GetTimestamp();
                if (failure is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, failure, null);
                }
                else if (sent >= measureFrom && done <= measureTo)
                {
                    mine.Add(Stats.Milliseconds(sent, done));
                }
            }
        }, cancellationToken)));

        if (firstError is not null)
        {
            Console.WriteLine($"  {name}: {errors} failed requests; first: {firstError}");
        }

        var all = latencies.SelectMany(l => l).Order().ToList();
        return new ThroughputResult(name, all.Count, errors, duration.TotalSeconds, Stats.Percentile(all, 50), Stats.Percentile(all, 99));
    }
}
