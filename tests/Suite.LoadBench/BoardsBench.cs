using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Suite.LoadBench;

/// <summary>
/// The Boards figures: opening a board of 10,000 cards (the blocks Focalboard's web app loads,
/// <c>GET /boards/{id}/blocks?all=true</c>) against the baseline's one-SELECT read of the same stored
/// JSON, and moving a card to another column (the web app's block patch of its properties), one at a
/// time: the write's latency and the time until another member's WebSocket sees the move.
/// </summary>
internal static class BoardsBench
{
    private const string Root = "/plugins/focalboard/api/v2";
    private const int Cards = 10_000;
    private const int InsertBatch = 500;
    private const int WarmUp = 3;
    private const int Reads = 30;
    private const int Moves = 200;

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);
    private static readonly string[] Columns = ["todo", "doing", "done"];

    public static async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        using var admin = context.Api.ClientFor(context.Admin.Token);
        using var baseline = new HttpClient { BaseAddress = context.BaselineAddress, Timeout = TimeSpan.FromSeconds(120) };
        var viewer = await context.Api.SignUpAndLoginAsync("lbviewer", cancellationToken);
        await context.Api.AddToTeamAsync(context.Admin, context.TeamId, viewer.Id, cancellationToken);

        var boardId = await CreateBoardAsync(admin, context.TeamId, cancellationToken);
        await SendAsync(admin, HttpMethod.Post, $"{Root}/boards/{boardId}/members", new { userId = viewer.Id, schemeViewer = true }, cancellationToken);
        BenchRun.Step($"boards: inserting {Cards} cards, {InsertBatch} per request");
        var cardIds = await InsertCardsAsync(admin, boardId, cancellationToken);

        BenchRun.Step($"boards: {Reads} openings of the board, Suite then the baseline");
        var suiteRead = await TimeReadsAsync(admin, $"{Root}/boards/{boardId}/blocks?all=true", xmlHttpRequest: true, cancellationToken);
        var baselineRead = await TimeReadsAsync(baseline, $"/documents/board-blocks/{boardId}", xmlHttpRequest: false, cancellationToken);

        BenchRun.Step($"boards: {Moves} card moves one at a time, watched by another member's WebSocket");
        var (writes, seen) = await MoveCardsAsync(context, admin, viewer, boardId, cardIds, cancellationToken);

        var table = new Table(
            $"Boards: a board of {Cards} cards opened {Reads} times one at a time; {Moves} card moves one at a time, seen by a second member",
            "run", "count", "p50 ms", "p95 ms", "p99 ms", "ratio p50", "ratio p95", "notes");
        table.Add("baseline: SELECT json_agg of the board's stored blocks, over HTTP", N(Reads), F(baselineRead.P50), F(baselineRead.P95), F(baselineRead.P99), "", "", $"{baselineRead.Bytes / 1024} KiB");
        table.Add("Suite: GET /boards/{id}/blocks?all=true", N(Reads), F(suiteRead.P50), F(suiteRead.P95), F(suiteRead.P99),
            Stats.Format(suiteRead.P50 / baselineRead.P50, "0.00"), Stats.Format(suiteRead.P95 / baselineRead.P95, "0.00"), $"{suiteRead.Bytes / 1024} KiB");
        table.Add("Suite: card move, PATCH /boards/{id}/blocks/{card}", N(Moves), F(writes.P50), F(writes.P95), F(writes.P99), "", "", "");
        table.Add("Suite: card move until the other member's WebSocket has it", N(Moves), F(seen.P50), F(seen.P95), F(seen.P99), "", "", "from sending the PATCH");
        return table.ToString();
    }

    private static string F(double value) => Stats.Format(value);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> CreateBoardAsync(HttpClient admin, string teamId, CancellationToken cancellationToken)
    {
        var board = await SendAsync(admin, HttpMethod.Post, $"{Root}/boards", new
        {
            teamId,
            type = "O",
            title = "Bench board",
            cardProperties = new object[]
            {
                new { id = "status", name = "Status", type = "select", options = Columns.Select(c => new { id = c, value = c, color = "propColorBlue" }).ToArray() },
                new { id = "move", name = "Move", type = "text", options = Array.Empty<object>() },
                new { id = "estimate", name = "Estimate", type = "number", options = Array.Empty<object>() },
            },
        }, cancellationToken);
        var boardId = board.GetProperty("id").GetString()!;
        await SendAsync(admin, HttpMethod.Post, $"{Root}/boards/{boardId}/blocks", new[]
        {
            new { boardId, parentId = boardId, type = "view", title = "Board view", schema = 1, fields = new { viewType = "board", groupById = "status" } },
        }, cancellationToken);
        return boardId;
    }

    private static async Task<IReadOnlyList<string>> InsertCardsAsync(HttpClient admin, string boardId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var start = 0; start < Cards; start += InsertBatch)
        {
            var batch = Enumerable.Range(start, InsertBatch).Select(n => new
            {
                boardId,
                parentId = boardId,
                type = "card",
                title = $"Card {n}: check the dashboards and write down what you saw",
                schema = 1,
                fields = new
                {
                    icon = "",
                    isTemplate = false,
                    contentOrder = Array.Empty<string>(),
                    properties = new Dictionary<string, string> { ["status"] = Columns[n % Columns.Length], ["estimate"] = (n % 13).ToString(CultureInfo.InvariantCulture) },
                },
            }).ToArray();
            var stored = await SendAsync(admin, HttpMethod.Post, $"{Root}/boards/{boardId}/blocks", batch, cancellationToken);
            ids.AddRange(stored.EnumerateArray().Select(b => b.GetProperty("id").GetString()!));
        }

        return ids;
    }

    private static async Task<Timings> TimeReadsAsync(HttpClient client, string path, bool xmlHttpRequest, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var bytes = 0L;
        for (var i = 0; i < WarmUp + Reads; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (xmlHttpRequest)
            {
                request.Headers.Add("X-Requested-With", "XMLHttpRequest");
            }

            var start = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
            }

            if (i >= WarmUp)
            {
                times.Add(elapsed);
                bytes = body.Length;
            }
        }

        return Timings.Of(times, bytes);
    }

    private static async Task<(Timings Writes, Timings Seen)> MoveCardsAsync(BenchContext context, HttpClient admin, BenchUser viewer, string boardId, IReadOnlyList<string> cardIds, CancellationToken cancellationToken)
    {
        var webSocketUrl = new UriBuilder(context.Api.BaseAddress) { Scheme = "ws", Path = "/api/v4/websocket" }.Uri;
        using var socket = await BenchSocket.ConnectAsync(webSocketUrl, viewer.Token, 64 * 1024, cancellationToken);
        var marker = "";
        TaskCompletionSource<long>? arrived = null;
        socket.StartReceiving(message =>
        {
            var waiting = Volatile.Read(ref arrived);
            if (waiting is not null && Encoding.UTF8.GetString(message.Span).Contains(Volatile.Read(ref marker), StringComparison.Ordinal))
            {
                waiting.TrySetResult(Stopwatch.GetTimestamp());
            }
        });

        var writes = new List<double>();
        var seen = new List<double>();
        for (var n = 0; n < Moves; n++)
        {
            var cardId = cardIds[(n * 37) % cardIds.Count];
            var move = $"move-{n}-{Guid.NewGuid():N}";
            Volatile.Write(ref marker, move);
            var waiting = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref arrived, waiting);
            var patch = new { updatedFields = new { properties = new Dictionary<string, string> { ["status"] = Columns[(n + 1) % Columns.Length], ["move"] = move } } };
            var start = Stopwatch.GetTimestamp();
            await SendAsync(admin, HttpMethod.Patch, $"{Root}/boards/{boardId}/blocks/{cardId}", patch, cancellationToken);
            writes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var at = await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            seen.Add(Stats.Milliseconds(start, at));
        }

        await socket.CloseAsync();
        return (Timings.Of(writes, 0), Timings.Of(seen, 0));
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, CamelCase), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private sealed record Timings(double P50, double P95, double P99, long Bytes)
    {
        public static Timings Of(IEnumerable<double> milliseconds, long bytes)
        {
            var sorted = milliseconds.Order().ToList();
            return new Timings(Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 95), Stats.Percentile(sorted, 99), bytes);
        }
    }
}
