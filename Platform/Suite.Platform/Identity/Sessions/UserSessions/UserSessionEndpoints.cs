using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.UserSessions;

internal static class UserSessionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/users/{userId}/sessions", async (string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetUserSessionsRequest(UserRoute.Resolve(userId, currentUser)), cancellationToken)));

        endpoints.MapPost("/api/v4/users/{userId}/sessions/revoke", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var resolved = UserRoute.Resolve(userId, currentUser);
            var body = await http.ReadBodyAsync<Dictionary<string, string?>>("session_id");
            await sender.Send(new RevokeUserSessionRequest(resolved, body.GetValueOrDefault("session_id") ?? ""), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
