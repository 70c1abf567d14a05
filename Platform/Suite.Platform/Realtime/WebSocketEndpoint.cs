using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Platform.Realtime;

/// <summary><c>GET /api/v4/websocket</c>: the upgrade, with the session of the <c>MMAUTHTOKEN</c> cookie or <c>Authorization</c> header when present.</summary>
internal static class WebSocketEndpoint
{
    public const string Path = "/api/v4/websocket";

    public static void MapWebSocketEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Resolving the router now checks the registered action handlers at start-up, not at the first connection.
        endpoints.ServiceProvider.GetRequiredService<WebSocketRouter>();
        endpoints.MapGet(Path, ConnectAsync);
    }

    private static async Task ConnectAsync(HttpContext http, WebSocketRouter router, CurrentUser currentUser, RealtimeOptions options, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            throw new AppErrorException(400, "api.web_socket.connect.upgrade.app_error", "Failed to upgrade websocket connection.", "The request is not a WebSocket upgrade.");
        }

        // The query's connection_id and sequence_number ask to resume a connection; every connection
        // starts afresh instead, which Mattermost's client handles by refetching its state.
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = options.KeepAliveInterval,
            KeepAliveTimeout = options.KeepAliveTimeout,
        });
        await router.RunAsync(socket, currentUser.Principal, lifetime.ApplicationStopping);
    }
}
