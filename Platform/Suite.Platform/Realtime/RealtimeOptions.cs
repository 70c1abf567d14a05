namespace Suite.Platform.Realtime;

/// <summary>WebSocket settings, section <c>Suite:Realtime</c>.</summary>
internal sealed class RealtimeOptions
{
    /// <summary>Messages a connection may have waiting to be sent; a client that falls further behind is disconnected.</summary>
    public int SendQueueLimit { get; set; } = 512;

    /// <summary>How long a connection may stay unauthenticated (Mattermost: about 5 s).</summary>
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest message a client may send.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How often the server pings an idle client (Mattermost: 60 s).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the server waits for the pong before dropping the client (Mattermost: traffic within 100 s).</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>How long closing a connection may wait for its queued messages and the close handshake.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
