using System.Collections.Concurrent;

namespace Suite.Platform.Presence;

/// <summary>
/// Keeps activity writes to one per user per <see cref="PresenceOptions.ActivityWriteInterval"/>
/// while the user stays online; any other status is forgotten so the next activity is written at once.
/// </summary>
internal sealed class ActivityThrottle(TimeProvider time, PresenceOptions options)
{
    private readonly ConcurrentDictionary<string, long> _lastWritten = new(StringComparer.Ordinal);

    /// <summary>True when this activity should be written (and is now counted as written).</summary>
    public bool ShouldWrite(string userId)
    {
        var now = time.GetTimestamp();
        var interval = (long)(options.ActivityWriteInterval.TotalSeconds * time.TimestampFrequency);
        if (_lastWritten.TryGetValue(userId, out var last) && now - last < interval)
        {
            return false;
        }

        _lastWritten[userId] = now;
        return true;
    }

    public void Forget(string userId) => _lastWritten.TryRemove(userId, out _);
}
