using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Platform.Realtime;

/// <summary>
/// <c>GET /api/v4/websocket</c>: the upgrade, with the session of the <c>MMAUTHTOKEN</c> cookie or <c>Authorization</c> header when present.
/// A plain request delegate over singletons resolved at start-up: binding parameters from the
/// request's services would create a service scope that lives as long as the connection.
/// </summary>
internal static class WebSocketEndpoint
{
    public const string Path = "/api/v4/websocket";

    public static void MapWebSocketEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Resolving the router now also checks the registered action handlers at start-up, not at the first connection.
        var router = endpoints.ServiceProvider.GetRequiredService<WebSocketRouter>();
        var currentUser = endpoints.ServiceProvider.GetRequiredService<CurrentUser>();
        RequestDelegate connect = http => Connect(http, router, currentUser);
        endpoints.MapGet(Path, connect);
    }

    private static Task Connect(HttpContext http, WebSocketRouter router, CurrentUser currentUser)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            throw new AppErrorException(400, "api.web_socket.connect.upgrade.app_error", "Failed to upgrade websocket connection.", "The request is not a WebSocket upgrade.");
        }

        // The query's connection_id and sequence_number ask to resume a connection; every connection
        // starts afresh instead, which Mattermost's client handles by refetching its state.
        return router.RunAsync(http.WebSockets, currentUser.Principal);
    }
}
