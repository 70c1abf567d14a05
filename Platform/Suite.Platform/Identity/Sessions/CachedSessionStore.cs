namespace Suite.Platform.Identity.Sessions;

/// <summary>The session store with <see cref="SessionCache"/> in front of token lookups; liveness checks of many ids always ask PostgreSQL.</summary>
internal sealed class CachedSessionStore(SessionStore store, SessionCache cache) : ISessionStore
{
    public async Task<SessionPrincipal?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (cache.TryGet(token, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var found = await store.FindWithExpiryAsync(token, cancellationToken);
        if (found is null)
        {
            return null;
        }

        cache.Add(token, found.Value.Principal, found.Value.ExpiresAt, generation);
        return found.Value.Principal;
    }

    public Task<IReadOnlySet<string>> FindLiveAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken) =>
        store.FindLiveAsync(sessionIds, cancellationToken);
}
