using System.Collections.Concurrent;

namespace Suite.Platform.Realtime;

/// <summary>This process's authenticated connections, by user id, and delivery of events to them.</summary>
internal sealed class ConnectionRegistry(RealtimeSubscriptions subscriptions)
{
    private readonly ConcurrentDictionary<string, WebSocketConnection[]> _byUser = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _count;
    private int _users;

    /// <summary>Connections registered now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The user's connections (empty when none).</summary>
    public IReadOnlyList<WebSocketConnection> ForUser(string userId) =>
        _byUser.TryGetValue(userId, out var connections) ? connections : [];

    /// <summary>Every registered connection, as registered at some moment during the enumeration.</summary>
    public IEnumerable<WebSocketConnection> All() => _byUser.Values.SelectMany(connections => connections);

    public void Add(WebSocketConnection connection)
    {
        lock (_gate)
        {
            if (_byUser.TryGetValue(connection.UserId, out var existing))
            {
                _byUser[connection.UserId] = [.. existing, connection];
            }
            else
            {
                _byUser[connection.UserId] = [connection];
                _users++;
            }

            _count++;
        }
    }

    public void Remove(WebSocketConnection connection)
    {
        if (connection.Principal is null)
        {
            return;
        }

        lock (_gate)
        {
            if (!_byUser.TryGetValue(connection.UserId, out var existing) || Array.IndexOf(existing, connection) < 0)
            {
                return;
            }

            if (existing.Length == 1)
            {
                _byUser.TryRemove(connection.UserId, out _);
                _users--;
            }
            else
            {
                _byUser[connection.UserId] = Array.FindAll(existing, c => c != connection);
            }

            _count--;
        }
    }

    /// <summary>Queues the event on every local connection it is for.</summary>
    public void Deliver(PreparedEvent prepared)
    {
        subscriptions.Deliver(prepared);
        if (prepared.Filter.UserId.Length > 0)
        {
            DeliverTo(prepared, prepared.Filter.UserId);
        }
        else if (prepared.Recipients is { } recipients && recipients.Count <= Volatile.Read(ref _users))
        {
            foreach (var userId in recipients)
            {
                DeliverTo(prepared, userId);
            }
        }
        else
        {
            foreach (var (userId, connections) in _byUser)
            {
                DeliverTo(prepared, userId, connections);
            }
        }
    }

    private void DeliverTo(PreparedEvent prepared, string userId)
    {
        if (_byUser.TryGetValue(userId, out var connections))
        {
            DeliverTo(prepared, userId, connections);
        }
    }

    private static void DeliverTo(PreparedEvent prepared, string userId, WebSocketConnection[] connections)
    {
        foreach (var connection in connections)
        {
            if (prepared.IsFor(userId, connection.Id))
            {
                connection.EnqueueEvent(prepared.PrefixFor(userId));
            }
        }
    }
}
