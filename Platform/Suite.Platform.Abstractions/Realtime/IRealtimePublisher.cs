namespace Suite.Platform.Realtime;

/// <summary>
/// Sends events to WebSocket clients: to this process's connections at once, and through the
/// cluster bus to the connections of every other Suite process sharing the database.
/// </summary>
public interface IRealtimePublisher
{
    /// <summary>
    /// Resolves the audience, delivers to local connections and hands the event to the cluster
    /// bus. Publish after the change the event describes has committed. Completes before remote
    /// processes have received the event; a process that cannot be reached misses it.
    /// </summary>
    ValueTask PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken = default);
}

/// <summary>Shorthands for <see cref="IRealtimePublisher"/>.</summary>
public static class RealtimePublisherExtensions
{
    /// <summary>Publishes <paramref name="eventName"/> with <paramref name="data"/> to <paramref name="broadcast"/>.</summary>
    public static ValueTask PublishAsync(this IRealtimePublisher publisher, string eventName, object? data, Broadcast broadcast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return publisher.PublishAsync(new RealtimeEvent(eventName, data, broadcast), cancellationToken);
    }
}
