using System.Buffers.Text;
using System.Diagnostics;
using System.Net;

namespace Suite.LoadBench;

internal sealed record FanOutResult(int Clients, int Posts, int Incomplete, double P50, double P99, double Max);

/// <summary>
/// Many clients in one channel; posts are sent one at a time and, for each, the time from the
/// POST's answer to the last client receiving its <c>posted</c> event is taken. Each post's
/// message carries a marker (<c>fanout-N.</c>) so an event is matched without parsing JSON.
/// </summary>
internal static class FanOut
{
    private static readonly byte[] PostedEvent = "\"event\":\"posted\""u8.ToArray();
    private static readonly byte[] Marker = "fanout-"u8.ToArray();

    /// <param name="clients">The connected clients, all members of the channel posted into.</param>
    /// <param name="poster">The client that posts.</param>
    /// <param name="request">The POST that creates a post with the given message.</param>
    /// <param name="posts">How many posts to send.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<FanOutResult> RunAsync(
        IReadOnlyList<BenchSocket> clients,
        HttpClient poster,
        Func<string, HttpRequestMessage> request,
        int posts,
        CancellationToken cancellationToken)
    {
        var lastReceived = new long[posts];
        var remaining = Enumerable.Repeat(clients.Count, posts).ToArray();
        var allReceived = Enumerable.Range(0, posts).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();

        void OnMessage(ReadOnlyMemory<byte> message)
        {
            var received = Stopwatch.GetTimestamp();
            var span = message.Span;
            if (span.IndexOf(PostedEvent) < 0)
            {
                return;
            }

            var at = span.IndexOf(Marker);
            if (at < 0 || !Utf8Parser.TryParse(span[(at + Marker.Length)..], out int n, out _) || n < 0 || n >= posts)
            {
                return;
            }

            var seen = Volatile.Read(ref lastReceived[n]);
            while (received > seen)
            {
                var previous = Interlocked.CompareExchange(ref lastReceived[n], received, seen);
                if (previous == seen)
                {
                    break;
                }

                seen = previous;
            }

            if (Interlocked.Decrement(ref remaining[n]) == 0)
            {
                allReceived[n].TrySetResult();
            }
        }

        foreach (var client in clients)
        {
            client.StartReceiving(OnMessage);
        }

        var latencies = new List<double>(posts);
        var incomplete = 0;
        for (var n = 0; n < posts; n++)
        {
            using var post = request($"fanout-{n}. A message every member of the channel receives.");
            using var response = await poster.SendAsync(post, cancellationToken);
            var returned = Stopwatch.GetTimestamp();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST {post.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            try
            {
                await allReceived[n].Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                // An event may arrive before the POST's answer does: that post's fan-out took no time after it.
                latencies.Add(Math.Max(0, Stats.Milliseconds(returned, Volatile.Read(ref lastReceived[n]))));
            }
            catch (TimeoutException)
            {
                incomplete++;
                Console.WriteLine($"  post {n}: {Volatile.Read(ref remaining[n])} of {clients.Count} clients had no posted event after 10 s");
            }

            await Task.Delay(20, cancellationToken);
        }

        latencies.Sort();
        return new FanOutResult(clients.Count, posts, incomplete, Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99), latencies.Count > 0 ? latencies[^1] : double.NaN);
    }

    /// <summary>Opens and authenticates one client per token, <paramref name="parallel"/> at a time.</summary>
    public static async Task<List<BenchSocket>> ConnectAsync(Uri webSocketUrl, IReadOnlyList<string> tokens, int bufferBytes, int parallel, CancellationToken cancellationToken)
    {
        var sockets = new BenchSocket?[tokens.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, tokens.Count),
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                async (i, ct) => sockets[i] = await BenchSocket.ConnectAsync(webSocketUrl, tokens[i], bufferBytes, ct));
        }
        catch
        {
            await CloseAllAsync(sockets.OfType<BenchSocket>().ToList());
            throw;
        }

        return [.. sockets.Select(s => s!)];
    }

    public static async Task CloseAllAsync(IReadOnlyList<BenchSocket> sockets)
    {
        await Parallel.ForEachAsync(sockets, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (socket, _) => await socket.CloseAsync());
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }
}
