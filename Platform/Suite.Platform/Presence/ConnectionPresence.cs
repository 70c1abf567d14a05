using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Presence;

/// <summary>
/// Turns this process's WebSocket connections into statuses: a user's first connection here makes
/// them online and records the connection in the database; their last one closing removes it and
/// makes them offline unless another process still holds one; activity keeps them online. The
/// WebSocket path only queues; one worker applies the changes in order, off the connection's path.
/// </summary>
internal sealed partial class ConnectionPresence(
    PresenceService presence,
    StatusStore store,
    ActivityThrottle throttle,
    ILogger<ConnectionPresence> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _connections = new(StringComparer.Ordinal);
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });

    private enum Kind : byte
    {
        Connected,
        Disconnected,
        Active,
        Inactive,
    }

    /// <summary>The users with a connection to this process now.</summary>
    public IReadOnlyCollection<string> ConnectedUserIds()
    {
        lock (_gate)
        {
            return [.. _connections.Keys];
        }
    }

    public void Connected(string userId)
    {
        bool first;
        lock (_gate)
        {
            _connections[userId] = (first = !_connections.TryGetValue(userId, out var count)) ? 1 : count + 1;
        }

        if (first)
        {
            throttle.ShouldWrite(userId);
            _changes.Writer.TryWrite(new Change(Kind.Connected, userId));
        }
        else
        {
            Active(userId);
        }
    }

    public void Disconnected(string userId)
    {
        lock (_gate)
        {
            if (!_connections.TryGetValue(userId, out var count))
            {
                return;
            }

            if (count > 1)
            {
                _connections[userId] = count - 1;
                return;
            }

            _connections.Remove(userId);
        }

        _changes.Writer.TryWrite(new Change(Kind.Disconnected, userId));
    }

    /// <summary>The user did something (any action but <c>ping</c>).</summary>
    public void Active(string userId)
    {
        if (throttle.ShouldWrite(userId))
        {
            _changes.Writer.TryWrite(new Change(Kind.Active, userId));
        }
    }

    /// <summary>The client says the user is idle (<c>user_update_active_status</c> with <c>user_is_active: false</c>).</summary>
    public void Inactive(string userId) => _changes.Writer.TryWrite(new Change(Kind.Inactive, userId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ApplyAsync(change, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    ChangeFailed(logger, ex, change.Kind.ToString(), change.UserId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        switch (change.Kind)
        {
            case Kind.Connected:
                await store.AddConnectionAsync(change.UserId, cancellationToken);
                await presence.SetOnlineAutomaticallyAsync(change.UserId, cancellationToken);
                break;
            case Kind.Disconnected when !IsConnected(change.UserId):
                await store.RemoveConnectionAsync(change.UserId, cancellationToken);

                // Not cancelled with the host's stop: with the connection's row gone, the process's
                // own removal at stop (PresenceSweep) no longer finds this user to set offline.
                await presence.SetOfflineIfDisconnectedAsync(change.UserId, CancellationToken.None);
                break;
            case Kind.Active when IsConnected(change.UserId):
                await presence.SetOnlineAutomaticallyAsync(change.UserId, cancellationToken);
                break;
            case Kind.Inactive:
                await presence.SetAwayAutomaticallyAsync(change.UserId, cancellationToken);
                break;
        }
    }

    private bool IsConnected(string userId)
    {
        lock (_gate)
        {
            return _connections.ContainsKey(userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply presence change {Kind} of user {UserId}")]
    private static partial void ChangeFailed(ILogger logger, Exception exception, string kind, string userId);

    private readonly record struct Change(Kind Kind, string UserId);
}
