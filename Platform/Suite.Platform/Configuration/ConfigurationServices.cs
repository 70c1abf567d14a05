using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Configuration;

/// <summary>The configuration API's services; the stored source itself is added by <see cref="SuiteApplication"/> before any options are read.</summary>
internal static class ConfigurationServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => ((IConfigurationRoot)sp.GetRequiredService<IConfiguration>()).Providers.OfType<StoredConfigurationProvider>().Single());
        services.AddSingleton<ConfigSettings>();
        services.AddSingleton<ConfigWrites>();
        services.AddHostedService<StoredConfigurationListener>();
    }
}
