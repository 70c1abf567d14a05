using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Realtime;

/// <summary>In-process listeners for users' events (the web app's circuits), fed by the connection registry.</summary>
internal sealed class RealtimeSubscriptions(ILogger<RealtimeSubscriptions> logger) : IRealtimeSubscriptions
{
    private readonly ConcurrentDictionary<string, ImmutableListeners> _byUser = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string userId, Action<UserEvent> onEvent)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(onEvent);
        _byUser.AddOrUpdate(userId, _ => new ImmutableListeners([onEvent]), (_, current) => new ImmutableListeners([.. current.Items, onEvent]));
        return new Subscription(this, userId, onEvent);
    }

    public void Deliver(PreparedEvent prepared)
    {
        if (_byUser.IsEmpty)
        {
            return;
        }

        if (prepared.Filter.UserId.Length > 0)
        {
            DeliverTo(prepared, prepared.Filter.UserId);
            return;
        }

        foreach (var userId in _byUser.Keys)
        {
            DeliverTo(prepared, userId);
        }
    }

    private void DeliverTo(PreparedEvent prepared, string userId)
    {
        if (!_byUser.TryGetValue(userId, out var listeners) || !prepared.IsFor(userId, connectionId: ""))
        {
            return;
        }

        var userEvent = prepared.ToUserEvent(userId);
        foreach (var listener in listeners.Items)
        {
            try
            {
                listener(userEvent);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A realtime listener for user {UserId} failed on {Event}", userId, prepared.Name);
            }
        }
    }

    private void Remove(string userId, Action<UserEvent> onEvent)
    {
        while (_byUser.TryGetValue(userId, out var current))
        {
            var remaining = current.Items.Where(l => l != onEvent).ToArray();
            var done = remaining.Length == 0
                ? _byUser.TryRemove(new KeyValuePair<string, ImmutableListeners>(userId, current))
                : _byUser.TryUpdate(userId, new ImmutableListeners(remaining), current);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableListeners(Action<UserEvent>[] Items);

    private sealed class Subscription(RealtimeSubscriptions owner, string userId, Action<UserEvent> onEvent) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(userId, onEvent);
            }
        }
    }
}
