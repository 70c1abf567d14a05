using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform;

/// <summary>The Platform's own features (identity, teams, realtime, grains): their services and endpoints.</summary>
internal static class PlatformServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Identity.Sessions.ISessionStore, Identity.Sessions.SessionStore>();
        Realtime.RealtimeServices.Add(services, configuration);
        Grains.GrainServices.Add(services, configuration);
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        Realtime.RealtimeServices.MapEndpoints(endpoints);
    }
}
