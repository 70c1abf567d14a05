using System.Collections.Concurrent;

namespace Suite.Platform.Identity.Sessions;

/// <summary>
/// Live sessions by presented token, so a request need not ask PostgreSQL who it is. An entry is
/// dropped when its user's sessions, tokens, roles or activation change in any process (a trigger
/// notifies <c>suite_session_changes</c>; <see cref="SessionChangeListener"/> relays it, and the
/// process that made the change also drops it at once), when the session expires, and after
/// <see cref="MaxAge"/> at most. The cache answers only while the listener is listening: a
/// process that may have missed a notification asks PostgreSQL instead.
/// </summary>
internal sealed class SessionCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;
    private volatile bool _listening;

    /// <summary>Bumped by every invalidation; a lookup that started before one must not store what it read.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string token, out SessionPrincipal principal)
    {
        principal = null!;
        if (!_listening || !_entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (entry.ValidUntil <= time.GetUtcNow().ToUnixTimeMilliseconds())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(token, entry));
            return false;
        }

        principal = entry.Principal;
        return true;
    }

    /// <summary>Keeps what a lookup read, unless something was invalidated since <paramref name="generationBeforeRead"/>.</summary>
    public void Add(string token, SessionPrincipal principal, long expiresAt, long generationBeforeRead)
    {
        if (!_listening)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var until = time.GetUtcNow().Add(MaxAge).ToUnixTimeMilliseconds();
        _entries[token] = new Entry(principal, expiresAt > 0 ? Math.Min(until, expiresAt) : until);

        // An invalidation that ran between the read and the store above may have missed this entry.
        if (Generation != generationBeforeRead)
        {
            _entries.TryRemove(token, out _);
        }
    }

    /// <summary>Forgets every session of the user.</summary>
    public void InvalidateUser(string userId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (token, entry) in _entries)
        {
            if (entry.Principal.UserId == userId)
            {
                _entries.TryRemove(token, out _);
            }
        }
    }

    /// <summary>Forgets one session or access token (by its id), in this process, once its change is committed.</summary>
    public void InvalidateSession(string sessionId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (token, entry) in _entries)
        {
            if (entry.Principal.SessionId == sessionId)
            {
                _entries.TryRemove(token, out _);
            }
        }
    }

    /// <summary>Called when the listener starts listening (after clearing) or loses its connection.</summary>
    public void SetListening(bool listening)
    {
        _listening = false;
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _listening = listening;
    }

    private sealed record Entry(SessionPrincipal Principal, long ValidUntil);
}
