using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Grains;

/// <summary>The local grain runtime behind <see cref="IGrainFactory"/>.</summary>
internal static class GrainServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Suite:Grains").Get<GrainOptions>() ?? new GrainOptions());
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService(sp => sp.GetRequiredService<GrainRuntime>());
    }
}
