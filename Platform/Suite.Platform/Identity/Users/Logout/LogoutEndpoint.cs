using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Logout;

internal static class LogoutEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/logout", async (HttpContext http, ISender sender) =>
        {
            await sender.Send(new LogoutRequest(), http.RequestAborted);
            var options = new CookieOptions { Path = "/" };
            http.Response.Cookies.Delete(SessionCookies.Token, options);
            http.Response.Cookies.Delete(SessionCookies.UserId, options);
            http.Response.Cookies.Delete(SessionCookies.Csrf, options);
            return ApiResults.StatusOk();
        });
}
