using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.Platform.Realtime;

/// <summary>The WebSocket endpoint, the publisher and the cluster bus.</summary>
internal static class RealtimeServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Suite:Realtime").Get<RealtimeOptions>() ?? new RealtimeOptions());
        services.AddSingleton(configuration.GetSection("Suite:Cluster").Get<ClusterOptions>() ?? new ClusterOptions());
        services.AddSingleton<RealtimeSubscriptions>();
        services.AddSingleton<IRealtimeSubscriptions>(sp => sp.GetRequiredService<RealtimeSubscriptions>());
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<WebSocketRouter>();
        services.AddSingleton<ClusterBus>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterBus>());
        services.AddSingleton<IRealtimePublisher, RealtimePublisher>();
        services.TryAddSingleton<ITeamAudience, TeamMembersAudience>();
        services.AddHostedService<SessionSweep>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWebSocketEndpoint();
}
