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

    /// <summary>How often the sessions of open connections are checked; connections of ended sessions are closed.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long closing a connection may wait for its queued messages and the close handshake.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Cluster bus settings, section <c>Suite:Cluster</c>.</summary>
internal sealed class ClusterOptions
{
    /// <summary>False stops sending and listening: a single process needs no bus.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long rows for events too large for a notification are kept for slow receivers.</summary>
    public TimeSpan LargeEventRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often old rows are removed.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the listening connection may be silent before it is checked with a query.</summary>
    public TimeSpan ListenerKeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts to listen again after the connection was lost.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long start-up waits for the bus to listen before going on without it.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
