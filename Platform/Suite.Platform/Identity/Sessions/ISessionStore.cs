namespace Suite.Platform.Identity.Sessions;

/// <summary>Finds the session (or personal access token) a presented token belongs to.</summary>
internal interface ISessionStore
{
    /// <summary>The live session for <paramref name="token"/>, or null when unknown, expired, revoked or its user is deactivated.</summary>
    Task<SessionPrincipal?> FindByTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Which of these session (or access token) ids are still live, by the same rule as <see cref="FindByTokenAsync"/>.</summary>
    Task<IReadOnlySet<string>> FindLiveAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken);
}
