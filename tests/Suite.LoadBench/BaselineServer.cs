using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.LoadBench;

/// <summary>
/// The baseline the Suite is measured against: a minimal ASP.NET Core app whose <c>POST /posts</c>
/// reads the same JSON body as <c>POST /api/v4/posts</c> and does exactly one <c>INSERT</c> through
/// one <see cref="NpgsqlDataSource"/>, then hands a <c>posted</c> event with the post to every
/// client on <c>/ws</c> (a WebSocket that answers the authentication challenge with <c>hello</c>
/// and checks no token). <c>POST /posts/suite-row</c> does the same with one <c>INSERT</c> of the
/// row Suite writes, into a copy of Suite's posts table (<see cref="DatabaseInserts.CopyTable"/>,
/// which the run creates first). <c>GET /documents/playbook-run/{id}</c> reads a stored Playbooks
/// run and its timeline with one <c>SELECT</c>, <c>GET /documents/board-blocks/{boardId}</c> a board's blocks. It runs as its own process (<c>Suite.LoadBench baseline</c>).
/// </summary>
internal static class BaselineServer
{
    private static readonly string SuiteRowInsert =
        DatabaseInserts.SuiteRowsInsert("SELECT $1::text AS id, $4::text AS message, $5::bigint AS at", "$2", "$3");

    public static async Task<int> RunAsync(string urls, string connectionString, string suiteConnectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var suiteDataSource = NpgsqlDataSource.Create(suiteConnectionString);
        await using (var create = dataSource.CreateCommand(
            "CREATE TABLE IF NOT EXISTS posts (id uuid PRIMARY KEY, channel_id text NOT NULL, user_id text NOT NULL, message text NOT NULL, create_at bigint NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        var app = builder.Build();
        var clients = new BaselineClients();
        app.UseWebSockets();
        app.MapGet("/", () => "ok");
        app.Map("/ws", clients.AcceptAsync);
        app.MapPost("/posts", (BaselinePost post, CancellationToken cancellationToken) =>
            InsertAsync(dataSource, "INSERT INTO posts (id, channel_id, user_id, message, create_at) VALUES ($1, $2, $3, $4, $5)", id => id, post, clients, cancellationToken));
        app.MapPost("/posts/suite-row", (BaselinePost post, CancellationToken cancellationToken) =>
            InsertAsync(suiteDataSource, SuiteRowInsert, id => id.ToString("N")[..26], post, clients, cancellationToken));
        app.MapGet("/documents/playbook-run/{id}", (string id, CancellationToken cancellationToken) => ReadRunAsync(suiteDataSource, id, cancellationToken));
        app.MapGet("/documents/board-blocks/{boardId}", (string boardId, CancellationToken cancellationToken) => ReadBoardBlocksAsync(suiteDataSource, boardId, cancellationToken));
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The Playbooks baseline: the stored JSON of a run with its timeline entries in their order, built and
    /// read with one SELECT and sent as it is.
    /// </summary>
    private static async Task<IResult> ReadRunAsync(NpgsqlDataSource dataSource, string id, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand(
            """
            SELECT jsonb_set(r.data, '{timeline_events}', coalesce(
                       (SELECT jsonb_agg(e.data -> 'entry' ORDER BY e.position) FROM playbooks.mt_doc_storedtimelineentry e WHERE e.run__id = r.id), '[]'))::text
              FROM playbooks.mt_doc_playbookrun r WHERE r.id = $1
            """);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        return await select.ExecuteScalarAsync(cancellationToken) is string json ? Results.Text(json, "application/json") : Results.NotFound();
    }

    /// <summary>The Boards baseline: a board's live blocks as one JSON array, oldest first, built and read with one SELECT.</summary>
    private static async Task<IResult> ReadBoardBlocksAsync(NpgsqlDataSource dataSource, string boardId, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand(
            "SELECT coalesce(json_agg(data ORDER BY (data ->> 'createAt')::bigint, id), '[]')::text FROM boards.mt_doc_block WHERE board_id = $1 AND (data ->> 'deleteAt')::bigint = 0");
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = boardId });
        return Results.Text((string)(await select.ExecuteScalarAsync(cancellationToken))!, "application/json");
    }

    /// <summary>One INSERT of the post ($1 its id as <paramref name="idValue"/> gives it, then channel, user, message, time), then the broadcast.</summary>
    private static async Task<IResult> InsertAsync<TId>(
        NpgsqlDataSource dataSource, string sql, Func<Guid, TId> idValue, BaselinePost post, BaselineClients clients, CancellationToken cancellationToken)
    {
        var stored = post with { Id = Guid.NewGuid(), CreateAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() };
        await using var insert = dataSource.CreateCommand(sql);
        insert.Parameters.Add(new NpgsqlParameter<TId> { TypedValue = idValue(stored.Id) });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.ChannelId });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.UserId ?? "" });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.Message });
        insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = stored.CreateAt });
        await insert.ExecuteNonQueryAsync(cancellationToken);
        clients.Broadcast(stored);
        return Results.Created($"/posts/{stored.Id}", stored);
    }
}

internal sealed record BaselinePost(Guid Id, string ChannelId, string? UserId, string Message, long CreateAt);

/// <summary>The baseline's WebSocket clients: each gets every post, in order, one send at a time.</summary>
internal sealed class BaselineClients
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly ConcurrentDictionary<long, (WebSocket Socket, SemaphoreSlim Sending)> _clients = new();
    private long _nextId;

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[1024];
        if ((await socket.ReceiveAsync(buffer, http.RequestAborted)).MessageType == WebSocketMessageType.Close)
        {
            return;
        }

        await socket.SendAsync("""{"event":"hello","data":{},"seq":0}"""u8.ToArray(), WebSocketMessageType.Text, true, http.RequestAborted);
        await socket.SendAsync("""{"status":"OK","seq_reply":1}"""u8.ToArray(), WebSocketMessageType.Text, true, http.RequestAborted);
        var id = Interlocked.Increment(ref _nextId);
        using var sending = new SemaphoreSlim(1);
        _clients[id] = (socket, sending);
        try
        {
            while ((await socket.ReceiveAsync(buffer, http.RequestAborted)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    /// <summary>Sends the post to every client off the request, as a server answering before its fan-out does.</summary>
    public void Broadcast(BaselinePost post)
    {
        if (_clients.IsEmpty)
        {
            return;
        }

        var message = JsonSerializer.SerializeToUtf8Bytes(
            new { Event = "posted", Data = new { Post = JsonSerializer.Serialize(post, SnakeCase) }, Seq = 1 }, SnakeCase);
        foreach (var (socket, sending) in _clients.Values)
        {
            _ = SendAsync(socket, sending, message);
        }
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim sending, byte[] message)
    {
        try
        {
            await sending.WaitAsync();
            try
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
        }
    }
}
