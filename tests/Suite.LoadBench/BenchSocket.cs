using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Suite.LoadBench;

/// <summary>
/// One client on <c>/api/v4/websocket</c>, authenticated with Mattermost's
/// <c>authentication_challenge</c>; after <c>hello</c> and the challenge's reply it hands each
/// further message to a callback (null: read and drop, as an idle client does).
/// </summary>
internal sealed class BenchSocket : IDisposable
{
    private static readonly byte[] HelloEvent = "\"event\":\"hello\""u8.ToArray();
    private static readonly byte[] ChallengeOk = "\"seq_reply\":1"u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private byte[] _buffer;

    private BenchSocket(int bufferBytes)
    {
        _buffer = new byte[bufferBytes];
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public Task? Receiving { get; private set; }

    public bool Open => _socket.State == WebSocketState.Open;

    public static async Task<BenchSocket> ConnectAsync(Uri webSocketUrl, string token, int bufferBytes, CancellationToken cancellationToken)
    {
        var client = new BenchSocket(bufferBytes);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await client._socket.ConnectAsync(webSocketUrl, timeout.Token);
            var challenge = Encoding.UTF8.GetBytes("""{"seq":1,"action":"authentication_challenge","data":{"token":""" + JsonSerializer.Serialize(token) + "}}");
            await client._socket.SendAsync(challenge, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            bool hello = false, replied = false;
            while (!hello || !replied)
            {
                var message = await client.ReceiveMessageAsync(timeout.Token)
                    ?? throw new InvalidOperationException("The server closed the WebSocket before authenticating it.");
                hello |= message.Span.IndexOf(HelloEvent) >= 0;
                if (message.Span.IndexOf(ChallengeOk) >= 0)
                {
                    replied = message.Span.IndexOf("\"status\":\"OK\""u8) >= 0
                        ? true
                        : throw new InvalidOperationException("Authentication failed: " + Encoding.UTF8.GetString(message.Span));
                }
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Reads messages until the connection ends, handing each to <paramref name="onMessage"/>.</summary>
    public void StartReceiving(Action<ReadOnlyMemory<byte>>? onMessage) => Receiving = Task.Run(async () =>
    {
        try
        {
            while (await ReceiveMessageAsync(CancellationToken.None) is { } message)
            {
                onMessage?.Invoke(message);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    });

    public async Task CloseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }

            if (Receiving is not null)
            {
                await Receiving.WaitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            _socket.Abort();
        }
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>One whole message in the (growing) buffer; null when the server closed.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return _buffer.AsMemory(0, length);
            }
        }
    }
}
