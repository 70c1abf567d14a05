using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using NUnit.Framework;

namespace Suite.Testing;

/// <summary>A Mattermost WebSocket client for tests: connects with a Bearer token and records every event in order.</summary>
public sealed class EventClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private int _seq;

    public static async Task<EventClient> ConnectAsync(Uri baseAddress, string token)
    {
        var client = new EventClient();
        client._socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        var uri = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = "/api/v4/websocket" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._reader = client.ReadAsync();
        await client.NextAsync("hello");
        return client;
    }

    /// <summary>Sends a client action (<c>{seq, action, data}</c>).</summary>
    public Task SendActionAsync(string action, object data)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { seq = Interlocked.Increment(ref _seq), action, data });
        return _socket.SendAsync(json, WebSocketMessageType.Text, true, CancellationToken.None);
    }

    /// <summary>The next event named <paramref name="eventName"/> matching <paramref name="match"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string eventName, Func<JsonElement, bool>? match = null, int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            while (true)
            {
                var message = await _events.Reader.ReadAsync(timeout.Token);
                if (message.TryGetProperty("event", out var name) && name.GetString() == eventName && (match?.Invoke(message.GetProperty("data")) ?? true))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No {eventName} event arrived within {timeoutMs} ms.");
            throw;
        }
    }

    /// <summary>
    /// Every event received before the next <paramref name="markerEvent"/> (which the test makes
    /// happen after the events it expects this client not to receive: delivery to a connection is in order).
    /// </summary>
    public async Task<List<string>> EventsUntilAsync(string markerEvent, Func<JsonElement, bool> match)
    {
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(10_000);
        while (true)
        {
            var message = await _events.Reader.ReadAsync(timeout.Token);
            // Status changes follow connections opening and closing, in no fixed order with the events under test.
            if (!message.TryGetProperty("event", out var name) || name.GetString() == "status_change")
            {
                continue;
            }

            if (name.GetString() == markerEvent && match(message.GetProperty("data")))
            {
                return seen;
            }

            seen.Add($"{name.GetString()} {message.GetProperty("data").GetRawText()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            _events.Writer.TryWrite(document.RootElement.Clone());
            message.SetLength(0);
        }
    }
}
