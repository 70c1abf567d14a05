using System.Reflection;
using System.Runtime.Loader;

namespace Suite.Platform.Modules;

/// <summary>
/// Isolates one module's private dependencies. Anything the host itself ships (the framework,
/// Platform.Abstractions, packages the Platform uses) and every <c>*.Contracts</c> assembly resolve
/// to the default context, so a contract type is the same type in every module.
/// </summary>
internal sealed class ModuleLoadContext(string assemblyPath, IReadOnlySet<string> hostAssemblies)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(assemblyPath), isCollectible: false)
{
    private static readonly Lock ContractsLock = new();

    // The default context is process-wide, so the map of contract assemblies it may need is too.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ContractPaths = new(StringComparer.OrdinalIgnoreCase);
    private static int s_resolvingHooked;
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || hostAssemblies.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            return null;
        }

        return IsContracts(assemblyName.Name) ? LoadIntoDefault(assemblyName, path) : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>Lets the default context find contract assemblies that live in module folders.</summary>
    internal static void RegisterContracts(string moduleFolder)
    {
        foreach (var path in Directory.EnumerateFiles(moduleFolder, "*.Contracts.dll"))
        {
            ContractPaths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        if (Interlocked.Exchange(ref s_resolvingHooked, 1) == 0)
        {
            Default.Resolving += static (context, name) =>
                name.Name is not null && ContractPaths.TryGetValue(name.Name, out var path) ? LoadIntoDefault(name, path) : null;
        }
    }

    internal static bool IsContracts(string assemblyName) =>
        assemblyName.EndsWith(".Contracts", StringComparison.Ordinal);

    private static Assembly LoadIntoDefault(AssemblyName assemblyName, string path)
    {
        lock (ContractsLock)
        {
            return Default.Assemblies.FirstOrDefault(a => a.GetName().Name == assemblyName.Name)
                ?? Default.LoadFromAssemblyPath(path);
        }
    }

    /// <summary>Simple names of the assemblies the host was started with (its trusted platform assemblies).</summary>
    internal static IReadOnlySet<string> HostAssemblies()
    {
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
