using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Suite.Platform.Errors;

namespace Suite.Platform.Identity.Sessions;

/// <summary>
/// Finds the token as Mattermost does (the <c>MMAUTHTOKEN</c> cookie first, then
/// <c>Authorization: Bearer</c> or <c>Token</c>), resolves the session and makes it the current
/// user for the request. Cookie sessions must pass the CSRF rule on anything but GET.
/// </summary>
internal sealed class SessionMiddleware(RequestDelegate next, ISessionStore sessions, CurrentUser currentUser)
{
    public Task InvokeAsync(HttpContext http)
    {
        var (token, fromCookie) = ReadToken(http.Request);

        // No token and no current user: nothing to set, so no frame of this middleware needs to stay
        // for the request's life, which for a WebSocket authenticating by its challenge is days.
        return token is null && currentUser.Principal is null ? next(http) : InvokeWithTokenAsync(http, token, fromCookie);
    }

    private async Task InvokeWithTokenAsync(HttpContext http, string? token, bool fromCookie)
    {
        SessionPrincipal? principal = null;
        if (token is not null)
        {
            principal = await sessions.FindByTokenAsync(token, http.RequestAborted);
            if (principal is not null && fromCookie && !PassesCsrfCheck(http.Request, principal))
            {
                throw new AppErrorException(401, "api.context.session_expired.app_error",
                    "Invalid or expired session, please login again.", "Appears to be a CSRF attempt.");
            }

            if (principal is null && fromCookie)
            {
                http.Response.OnStarting(ClearDeadCookieOnRefusal, http);
            }
        }

        if (principal is not null)
        {
            // The web app's circuits read the signed-in user from here (SignalR copies it to the connection).
            http.User = SessionClaims.ToClaimsPrincipal(principal);
        }

        using (currentUser.Use(principal))
        {
            await next(http);
        }
    }

    // As Mattermost: a session cookie that no longer names a session is removed when a request is refused for it.
    private static Task ClearDeadCookieOnRefusal(object state)
    {
        var http = (HttpContext)state;
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Cookies.Delete(SessionCookies.Token, new CookieOptions { Path = "/" });
        }

        return Task.CompletedTask;
    }

    internal static (string? Token, bool FromCookie) ReadToken(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(SessionCookies.Token, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            return (cookie, true);
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 7 && authorization.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (authorization[7..].Trim(), false);
        }

        if (authorization.Length > 6 && authorization.StartsWith("token ", StringComparison.OrdinalIgnoreCase))
        {
            return (authorization[6..].Trim(), false);
        }

        return (null, false);
    }

    private static bool PassesCsrfCheck(HttpRequest request, SessionPrincipal principal)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || IsTrustedRoute(request.Path))
        {
            return true;
        }

        var header = request.Headers[SessionCookies.CsrfHeader];
        if (!StringValues.IsNullOrEmpty(header) && principal.CsrfToken.Length > 0 && header == principal.CsrfToken)
        {
            return true;
        }

        return request.Headers[SessionCookies.RequestedWith] == SessionCookies.XmlHttpRequest;
    }

    // Mattermost's "trust requester" routes: the WebSocket upgrade and incoming hooks.
    private static bool IsTrustedRoute(PathString path) =>
        path.StartsWithSegments("/api/v4/websocket") || path.StartsWithSegments("/hooks");
}
