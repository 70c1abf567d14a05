namespace Suite.Platform.Identity.Sessions;

/// <summary>Finds the session (or personal access token) a presented token belongs to.</summary>
internal interface ISessionStore
{
    /// <summary>The live session for <paramref name="token"/>, or null when unknown, expired, revoked or its user is deactivated.</summary>
    Task<SessionPrincipal?> FindByTokenAsync(string token, CancellationToken cancellationToken);
}
