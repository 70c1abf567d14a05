namespace Suite.Platform.Identity;

/// <summary>Who a request acts as: a user's session, or a personal access token standing in for one.</summary>
/// <param name="UserId">The user.</param>
/// <param name="SessionId">The session (or access token) id.</param>
/// <param name="Roles">Space-separated system roles, as Mattermost writes them.</param>
/// <param name="CsrfToken">The session's CSRF value (empty for access tokens).</param>
/// <param name="IsBot">True when the user is a bot account.</param>
public sealed record SessionPrincipal(string UserId, string SessionId, string Roles, string CsrfToken, bool IsBot = false)
{
    /// <summary>True when <see cref="Roles"/> holds <c>system_admin</c>.</summary>
    public bool IsSystemAdmin { get; } = Roles.Split(' ').Contains(SystemRoles.Admin);
}

/// <summary>Mattermost's system role names.</summary>
public static class SystemRoles
{
    /// <summary>Every user.</summary>
    public const string User = "system_user";

    /// <summary>System administrators.</summary>
    public const string Admin = "system_admin";
}

/// <summary>
/// The current user for the async flow: set by the session middleware for each HTTP request, or
/// by background work acting for a user. An instance per host, so hosts in one process stay apart.
/// </summary>
internal sealed class CurrentUser : ICurrentUser
{
    private readonly AsyncLocal<SessionPrincipal?> _principal = new();

    public SessionPrincipal? Principal => _principal.Value;

    public bool IsAuthenticated => _principal.Value is not null;

    public string UserId => _principal.Value?.UserId ?? "";

    public string SessionId => _principal.Value?.SessionId ?? "";

    public bool IsSystemAdmin => _principal.Value?.IsSystemAdmin ?? false;

    public bool IsBot => _principal.Value?.IsBot ?? false;

    public string RequireUserId() => _principal.Value?.UserId ?? throw Errors.AppErrorException.Unauthorized();

    /// <summary>Acts as <paramref name="principal"/> until the returned scope is disposed.</summary>
    public Scope Use(SessionPrincipal? principal)
    {
        var previous = _principal.Value;
        _principal.Value = principal;
        return new Scope(this, previous);
    }

    internal readonly struct Scope(CurrentUser owner, SessionPrincipal? previous) : IDisposable
    {
        public void Dispose() => owner._principal.Value = previous;
    }
}
