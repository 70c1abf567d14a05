using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Presence.GetUserStatus;
using Suite.Platform.Presence.GetUserStatusesByIds;
using Suite.Platform.Presence.UpdateUserStatus;
using Suite.Platform.Realtime;

namespace Suite.Platform.Presence;

/// <summary>User statuses: the store, the automatic changes, the sweep and the endpoints.</summary>
internal static class PresenceServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Suite:Presence").Get<PresenceOptions>() ?? new PresenceOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<StatusStore>();
        services.AddSingleton<ActivityThrottle>();
        services.AddSingleton<PresenceService>();
        services.AddSingleton<IPresence>(sp => sp.GetRequiredService<PresenceService>());
        services.AddSingleton<ConnectionPresence>();
        services.AddHostedService(sp => sp.GetRequiredService<ConnectionPresence>());
        services.AddSingleton<PresenceSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceSweep>());
        services.AddWebSocketAction<GetStatusesByIdsAction>();
        services.AddWebSocketAction<UpdateActiveStatusAction>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        GetUserStatusesByIdsEndpoint.Map(endpoints);
        GetUserStatusEndpoint.Map(endpoints);
        UpdateUserStatusEndpoint.Map(endpoints);
    }
}
