using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Configuration;

/// <summary>How a module declares the settings it reads.</summary>
public static class ConfigSettingRegistration
{
    /// <summary>Declares <paramref name="settings"/> to the Platform's configuration API.</summary>
    public static IServiceCollection AddConfigSettings(this IServiceCollection services, params ConfigSetting[] settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var setting in settings)
        {
            services.AddSingleton(setting);
        }

        return services;
    }
}
