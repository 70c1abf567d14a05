using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Suite.Platform.Tests.Realtime;

/// <summary>
/// A WebSocket client speaking Mattermost's protocol as its JavaScript client does: numbered
/// actions from seq 1, events checked for a gap-free seq from 0.
/// </summary>
internal sealed class MattermostSocket : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;
    private long _nextSeq = 1;

    private MattermostSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>Every event received so far, in order.</summary>
    public List<JsonElement> Events { get; } = [];

    /// <summary>Every reply received so far, in order.</summary>
    public List<JsonElement> Replies { get; } = [];

    /// <summary>The raw text of every message received so far, in order.</summary>
    public List<string> Raw { get; } = [];

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<MattermostSocket> ConnectAsync(Uri baseAddress, string? cookieToken = null, string? bearerToken = null)
    {
        var socket = new ClientWebSocket();
        if (cookieToken is not null)
        {
            socket.Options.Cookies = new CookieContainer();
            socket.Options.Cookies.Add(new Cookie("MMAUTHTOKEN", cookieToken, "/", baseAddress.Host));
        }

        if (bearerToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "BEARER " + bearerToken);
        }

        var builder = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/api/v4/websocket", Query = "connection_id=&sequence_number=0" };
        await socket.ConnectAsync(builder.Uri, CancellationToken.None);
        return new MattermostSocket(socket);
    }

    /// <summary>Connects and authenticates with the challenge; returns the hello.</summary>
    public static async Task<MattermostSocket> ConnectAuthenticatedAsync(Uri baseAddress, string token)
    {
        var socket = await ConnectAsync(baseAddress);
        var seq = await socket.SendAsync("authentication_challenge", new { token });
        await socket.ReplyAsync(seq);
        return socket;
    }

    /// <summary>Sends an action with the next seq; returns that seq.</summary>
    public async Task<long> SendAsync(string action, object? data = null)
    {
        var seq = _nextSeq++;
        await SendRawAsync(JsonSerializer.Serialize(data is null ? new { seq, action } : (object)new { seq, action, data }));
        return seq;
    }

    public Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message of any kind; null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        var text = Encoding.UTF8.GetString(message.ToArray());
        Raw.Add(text);
        var element = JsonDocument.Parse(text).RootElement.Clone();
        if (!element.TryGetProperty("event", out _))
        {
            Replies.Add(element);
        }
        else
        {
            var expected = Events.Count;
            Events.Add(element);
            var seq = element.GetProperty("seq").GetInt64();
            if (seq != expected)
            {
                throw new AssertionException($"Event '{element.GetProperty("event").GetString()}' came with seq {seq}; expected {expected}.");
            }
        }

        return element;
    }

    /// <summary>Reads until the event named <paramref name="name"/>; events before it stay in <see cref="Events"/>.</summary>
    public async Task<JsonElement> EventAsync(string name, TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await ReceiveAsync(timeout) ?? throw new AssertionException($"The connection closed while waiting for '{name}'.");
            if (message.TryGetProperty("event", out var eventName) && eventName.GetString() == name)
            {
                return message;
            }
        }
    }

    /// <summary>
    /// The next event other than <c>status_change</c>, failing on a reply or a close. Status changes
    /// arrive whenever a user's connections open or close, in no fixed order with the events a test
    /// is about; the presence tests read them with <see cref="EventAsync"/>.
    /// </summary>
    public async Task<JsonElement> NextEventAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await ReceiveAsync(timeout) ?? throw new AssertionException("The connection closed while waiting for an event.");
            if (!message.TryGetProperty("event", out var name))
            {
                throw new AssertionException($"Expected an event, got {message}.");
            }

            if (name.GetString() != "status_change")
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the reply to <paramref name="seq"/>.</summary>
    public async Task<JsonElement> ReplyAsync(long seq, TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await ReceiveAsync(timeout) ?? throw new AssertionException($"The connection closed while waiting for the reply to {seq}.");
            if (message.TryGetProperty("seq_reply", out var reply) && reply.GetInt64() == seq)
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes the connection, or drops it.</summary>
    public async Task WaitForCloseAsync(TimeSpan? timeout = null)
    {
        try
        {
            while (await ReceiveAsync(timeout) is not null)
            {
            }
        }
        catch (WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancel.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
