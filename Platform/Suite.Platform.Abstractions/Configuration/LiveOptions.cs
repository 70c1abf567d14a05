using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Suite.Platform.Configuration;

/// <summary>
/// Options objects that follow the configuration while the process runs: one instance, bound at
/// start and bound again in place whenever the configuration reloads (a system admin changed a
/// setting), so every holder of it reads the new values without restarting. Properties the
/// configuration no longer sets return to the type's defaults.
/// </summary>
public static class LiveOptions
{
    /// <summary>Registers <typeparamref name="T"/> bound to <paramref name="sectionPath"/> as a live singleton and answers it.</summary>
    public static T AddLiveOptions<T>(this IServiceCollection services, IConfiguration configuration, string sectionPath)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = Bind<T>(configuration, sectionPath);
        ChangeToken.OnChange(configuration.GetReloadToken, () => CopyInto(Bind<T>(configuration, sectionPath), options));
        services.AddSingleton(options);
        return options;
    }

    private static T Bind<T>(IConfiguration configuration, string sectionPath)
        where T : class, new()
    {
        var fresh = new T();
        configuration.GetSection(sectionPath).Bind(fresh);
        return fresh;
    }

    private static void CopyInto<T>(T from, T to)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }
}
