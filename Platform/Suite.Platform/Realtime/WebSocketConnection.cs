using System.Buffers;
using System.Buffers.Text;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Suite.Platform.Identity;

namespace Suite.Platform.Realtime;

/// <summary>
/// One client's WebSocket: its user once authenticated, its event sequence and its send queue.
/// Sends run on the thread pool one at a time, only while something is queued, so an idle
/// connection holds no task, timer or buffer of its own. A client that lets its queue grow past
/// the limit is disconnected rather than allowed to hold memory or delay anyone else; dropping
/// single events instead would leave a gap in its <c>seq</c>, which Mattermost's client treats as
/// a reason to reconnect anyway.
/// </summary>
internal sealed class WebSocketConnection
{
    private const int InitialReceiveBufferBytes = 512;
    private const int QueueTrimThreshold = 32;

    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly RealtimeOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Queue<Outbound> _queue = new();
    private long _nextSeq;
    private bool _sending;
    private bool _closing;
    private bool _queueGrew;
    private ITimer? _closeDeadline;
    private ITimer? _authenticationDeadline;
    private TaskCompletionSource? _sent;
    private SessionPrincipal? _principal;

    public WebSocketConnection(WebSocket socket, TimeProvider time, RealtimeOptions options, ILogger logger)
    {
        _socket = socket;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>The id sent in <c>hello</c>; new for every connection (no resume).</summary>
    public string Id { get; } = Ids.New();

    /// <summary>The session the connection authenticated with; null until then.</summary>
    public SessionPrincipal? Principal => Volatile.Read(ref _principal);

    public string UserId => Principal?.UserId ?? "";

    /// <summary>Becomes <paramref name="principal"/>'s connection; false when it already authenticated.</summary>
    public bool TryAuthenticate(SessionPrincipal principal)
    {
        if (Interlocked.CompareExchange(ref _principal, principal, null) is not null)
        {
            return false;
        }

        // An authenticated connection may stay open for days: it should not keep a spent timer.
        Interlocked.Exchange(ref _authenticationDeadline, null)?.Dispose();
        return true;
    }

    /// <summary>Closes the connection with a policy violation unless it authenticates within <paramref name="timeout"/>; call before receiving.</summary>
    public void StartAuthenticationDeadline(TimeSpan timeout)
    {
        var deadline = _time.CreateTimer(
            static state =>
            {
                var connection = (WebSocketConnection)state!;
                if (connection.Principal is null)
                {
                    connection.Close(WebSocketCloseStatus.PolicyViolation);
                }
            },
            this,
            timeout,
            Timeout.InfiniteTimeSpan);
        Volatile.Write(ref _authenticationDeadline, deadline);
    }

    /// <summary>Queues an event; the connection numbers it. Returns false when the connection is closing or was dropped.</summary>
    public bool EnqueueEvent(byte[] prefix) => Enqueue(new Outbound(OutboundKind.Event, prefix, 0));

    /// <summary>Queues a complete message (a reply to the client), which takes no sequence number.</summary>
    public bool EnqueueReply(byte[] message) => Enqueue(new Outbound(OutboundKind.Reply, message, 0));

    /// <summary>
    /// Sends what is queued, then the close frame; nothing queued later is sent. A client that has
    /// not completed the close handshake within the close timeout is dropped.
    /// </summary>
    public void Close(WebSocketCloseStatus status)
    {
        var start = false;
        lock (_gate)
        {
            if (_closing)
            {
                return;
            }

            _closing = true;
            _queue.Enqueue(new Outbound(OutboundKind.Close, [], (long)status));
            if (!_sending)
            {
                _sending = true;
                start = true;
            }

            _closeDeadline = _time.CreateTimer(static state => ((WebSocketConnection)state!)._socket.Abort(), this, _options.CloseTimeout, Timeout.InfiniteTimeSpan);
        }

        if (start)
        {
            StartSending();
        }
    }

    /// <summary>Drops the connection at once, discarding whatever is queued.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            _closing = true;
            _queue.Clear();
        }

        _socket.Abort();
    }

    /// <summary>
    /// Reads the client's messages one at a time and hands each to <paramref name="handle"/>,
    /// awaiting it before reading the next (Mattermost handles a connection's messages strictly in
    /// order). Returns when the client closed, the connection failed or was dropped.
    /// </summary>
    public async Task ReceiveAsync(Func<WebSocketConnection, ReadOnlyMemory<byte>, Task> handle)
    {
        try
        {
            while (true)
            {
                // Waiting with an empty buffer keeps idle connections from holding one.
                var peek = await _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
                if (peek.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveBufferBytes);
                try
                {
                    var length = 0;
                    var type = peek.MessageType;
                    var complete = peek.EndOfMessage;
                    while (!complete)
                    {
                        if (length == buffer.Length)
                        {
                            if (buffer.Length >= _options.MaxMessageBytes)
                            {
                                Close(WebSocketCloseStatus.MessageTooBig);
                                return;
                            }

                            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxMessageBytes));
                            buffer.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }

                        var result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                        if (result.MessageType == WebSocketMessageType.Close)
                        {
                            return;
                        }

                        length += result.Count;
                        complete = result.EndOfMessage;
                    }

                    if (type != WebSocketMessageType.Text)
                    {
                        Close(WebSocketCloseStatus.InvalidMessageType);
                        return;
                    }

                    await handle(this, buffer.AsMemory(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug(ex, "WebSocket connection {ConnectionId} ended", Id);
        }
    }

    /// <summary>Closes the connection after what is queued has been sent, waiting at most the close timeout, then releases it.</summary>
    public async Task CompleteAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            Close(WebSocketCloseStatus.NormalClosure);
        }

        Task sent;
        lock (_gate)
        {
            sent = _sending ? (_sent ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task : Task.CompletedTask;
        }

        try
        {
            await sent.WaitAsync(_options.CloseTimeout, _time);
        }
        catch (TimeoutException)
        {
            _logger.LogDebug("WebSocket connection {ConnectionId} did not finish closing in time", Id);
        }

        ITimer? closeDeadline;
        lock (_gate)
        {
            closeDeadline = _closeDeadline;
        }

        if (closeDeadline is not null)
        {
            await closeDeadline.DisposeAsync();
        }

        if (Interlocked.Exchange(ref _authenticationDeadline, null) is { } authenticationDeadline)
        {
            await authenticationDeadline.DisposeAsync();
        }

        _socket.Abort();
        _socket.Dispose();
    }

    private bool Enqueue(Outbound message)
    {
        bool start;
        var overflow = false;
        lock (_gate)
        {
            if (_closing)
            {
                return false;
            }

            if (_queue.Count >= _options.SendQueueLimit)
            {
                _closing = true;
                _queue.Clear();
                overflow = true;
                start = false;
            }
            else
            {
                _queue.Enqueue(message.Kind == OutboundKind.Event ? message with { Seq = _nextSeq++ } : message);
                _queueGrew |= _queue.Count > QueueTrimThreshold;
                start = !_sending;
                _sending = true;
            }
        }

        if (overflow)
        {
            _logger.LogWarning("Dropping WebSocket connection {ConnectionId} of user {UserId}: it fell {Limit} messages behind", Id, UserId, _options.SendQueueLimit);
            _socket.Abort();
            return false;
        }

        if (start)
        {
            StartSending();
        }

        return true;
    }

    private void StartSending() =>
        ThreadPool.UnsafeQueueUserWorkItem(static connection => _ = connection.SendQueuedAsync(), this, preferLocal: false);

    private async Task SendQueuedAsync()
    {
        while (true)
        {
            Outbound next;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out next))
                {
                    // A burst leaves a large array behind; an idle connection should not keep it.
                    if (_queueGrew)
                    {
                        _queue.TrimExcess();
                        _queueGrew = false;
                    }

                    _sending = false;
                    _sent?.TrySetResult();
                    return;
                }
            }

            try
            {
                switch (next.Kind)
                {
                    case OutboundKind.Event:
                        await SendEventAsync(next.Payload, next.Seq);
                        break;
                    case OutboundKind.Reply:
                        await _socket.SendAsync(next.Payload, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                        break;
                    case OutboundKind.Close:
                        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        {
                            await _socket.CloseOutputAsync((WebSocketCloseStatus)next.Seq, null, CancellationToken.None);
                        }

                        break;
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                _logger.LogDebug(ex, "Sending on WebSocket connection {ConnectionId} failed", Id);
                Abort();
            }
        }
    }

    private async ValueTask SendEventAsync(byte[] prefix, long seq)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(prefix.Length + 21);
        try
        {
            prefix.CopyTo(buffer, 0);
            Utf8Formatter.TryFormat(seq, buffer.AsSpan(prefix.Length), out var digits);
            var length = prefix.Length + digits;
            buffer[length++] = (byte)'}';
            await _socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private enum OutboundKind : byte
    {
        Event,
        Reply,
        Close,
    }

    // For a close, Seq carries the close status.
    private readonly record struct Outbound(OutboundKind Kind, byte[] Payload, long Seq);
}
