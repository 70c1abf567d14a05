using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Serialization.TypeSystem;
using Suite.Platform.Modules;

namespace Suite.Platform.Cluster;

/// <summary>
/// Resolves the type names Orleans reads (grain interfaces, the invokable types behind a grain
/// method's alias, messages) to this host's copy of a module. Orleans' own resolver takes the first
/// assembly of that name loaded anywhere in the process; with several hosts in one process (the
/// tests) that can be another host's copy, whose types this silo's manifest does not hold, and the
/// silo then fails to start ("Unable to resolve type alias"). Names of any other assembly go to
/// Orleans' resolver unchanged.
/// </summary>
internal sealed class HostTypeResolver(ModuleCatalog catalog) : TypeResolver
{
    private readonly Dictionary<string, Assembly> modules = catalog.Modules
        .ToDictionary(m => m.Assembly.GetName().Name!, m => m.Assembly, StringComparer.Ordinal);

    private readonly CachedTypeResolver orleans = new();
    private readonly ConcurrentDictionary<string, Type> resolved = new(StringComparer.Ordinal);

    public override Type ResolveType(string name) =>
        TryResolveType(name, out var type) ? type : throw new TypeAccessException($"Unable to find a type named {name}");

    public override bool TryResolveType(string name, out Type type)
    {
        if (resolved.TryGetValue(name, out var known))
        {
            type = known;
            return true;
        }

        var found = NamesAModule(name) ? FromModules(name) : null;
        if (found is null && !orleans.TryResolveType(name, out found))
        {
            type = null!;
            return false;
        }

        type = resolved.GetOrAdd(name, found);
        return true;
    }

    private bool NamesAModule(string name) => modules.Keys.Any(module => name.Contains(module, StringComparison.Ordinal));

    private Type? FromModules(string name) =>
        Type.GetType(name, ResolveAssembly, ResolveTypeIn, throwOnError: false);

    private Assembly? ResolveAssembly(AssemblyName name) =>
        modules.TryGetValue(name.Name ?? "", out var module)
            ? module
            : AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name.Name);

    private Type? ResolveTypeIn(Assembly? assembly, string name, bool ignoreCase) =>
        assembly?.GetType(name, throwOnError: false, ignoreCase)
            ?? modules.Values.Select(m => m.GetType(name, throwOnError: false, ignoreCase)).FirstOrDefault(t => t is not null)
            ?? Type.GetType(name, throwOnError: false, ignoreCase);
}
