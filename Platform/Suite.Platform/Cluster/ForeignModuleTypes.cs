using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization.Configuration;
using Suite.Platform.Modules;

namespace Suite.Platform.Cluster;

/// <summary>
/// Orleans finds its generated grain and serializer types by scanning every assembly loaded in the
/// process, whatever its load context. A process running several Suite hosts (the tests do) holds
/// each host's copy of a module, each in its own context; a silo must know only its own host's
/// copies, or it sees every grain type twice. This removes the other hosts' type manifests.
/// </summary>
internal static class ForeignModuleTypes
{
    public static void Remove(IServiceCollection services, ModuleCatalog catalog)
    {
        var own = catalog.Modules.Select(m => AssemblyLoadContext.GetLoadContext(m.Assembly)).ToHashSet();
        var foreign = services
            .Where(d => d.ServiceType == typeof(IConfigureOptions<TypeManifestOptions>)
                && (d.ImplementationType ?? d.ImplementationInstance?.GetType()) is { } type
                && AssemblyLoadContext.GetLoadContext(type.Assembly) is ModuleLoadContext context
                && !own.Contains(context))
            .ToList();
        foreach (var descriptor in foreign)
        {
            services.Remove(descriptor);
        }
    }
}
