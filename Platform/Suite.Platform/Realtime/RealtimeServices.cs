using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Realtime;

/// <summary>The WebSocket endpoint and the publisher.</summary>
internal static class RealtimeServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Suite:Realtime").Get<RealtimeOptions>() ?? new RealtimeOptions());
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<WebSocketRouter>();
        services.AddSingleton<IRealtimePublisher, RealtimePublisher>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWebSocketEndpoint();
}
