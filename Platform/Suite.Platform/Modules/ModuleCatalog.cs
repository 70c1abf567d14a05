using Suite.Platform.Errors;
using Suite.Platform.Licensing;

namespace Suite.Platform.Modules;

/// <summary>The modules this host runs, in dependency order, and the licensed features they declare.</summary>
internal sealed class ModuleCatalog : IFeatureCatalog
{
    public ModuleCatalog(IReadOnlyList<LoadedModule> modules)
    {
        Modules = modules;
        var features = new Dictionary<string, LicensedFeature>(StringComparer.Ordinal);
        foreach (var feature in modules.SelectMany(m => m.Module.Features))
        {
            if (!features.TryAdd(feature.Key, feature) && features[feature.Key] != feature)
            {
                throw new ModuleLoadException($"Licensed feature '{feature.Key}' is declared twice with different editions or names.");
            }
        }

        Features = features;
    }

    public IReadOnlyList<LoadedModule> Modules { get; }

    public IReadOnlyDictionary<string, LicensedFeature> Features { get; }

    public bool IsLoaded(string name) => Modules.Any(m => string.Equals(m.Module.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws a clear 501 when a feature needs a module that is not enabled.</summary>
    public void RequireModule(string name)
    {
        if (!IsLoaded(name))
        {
            throw new AppErrorException(501, "api.module.not_enabled.app_error",
                $"This feature needs the {name} module, which is not enabled on this server.");
        }
    }
}
