using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Login;

internal static class LoginEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/login", async (HttpContext http, ISender sender, LoginRateLimiter limiter, SessionLifetimeOptions sessionLifetime) =>
        {
            var body = await http.ReadBodyAsync<Body>();
            var request = new LoginRequest
            {
                LoginId = body.LoginId ?? "",
                Id = body.Id ?? "",
                Password = body.Password ?? "",
                DeviceId = body.DeviceId ?? "",
            };
            limiter.EnsureAllowed(request.Id.Length > 0 ? request.Id : request.LoginId, http.Connection.RemoteIpAddress?.ToString() ?? "");
            var result = await sender.Send(request, http.RequestAborted);

            http.Response.Headers[SessionCookies.TokenHeader] = result.Token;
            if (http.Request.Headers[SessionCookies.RequestedWith] == SessionCookies.XmlHttpRequest)
            {
                AttachCookies(http, result, sessionLifetime.Length);
            }

            return ApiResults.Ok(result.User);
        });

    private static void AttachCookies(HttpContext http, LoginResult result, TimeSpan sessionLength)
    {
        CookieOptions Options(bool httpOnly) => new()
        {
            Path = "/",
            MaxAge = sessionLength,
            Expires = result.ExpiresAt,
            HttpOnly = httpOnly,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
        };

        http.Response.Cookies.Append(SessionCookies.Token, result.Token, Options(httpOnly: true));
        http.Response.Cookies.Append(SessionCookies.UserId, result.User.Id, Options(httpOnly: false));
        http.Response.Cookies.Append(SessionCookies.Csrf, result.CsrfToken, Options(httpOnly: false));
    }

    // Mattermost reads the body as a flat string map; Client4's camel-case "deviceId" is ignored there too.
    private sealed record Body(string? LoginId, string? Id, string? Password, string? DeviceId);
}
