using System.Reflection;
using System.Text.Json;

namespace Suite.Platform.Modules;

/// <summary>A module the host loaded and will start.</summary>
/// <param name="Module">The module's entry point.</param>
/// <param name="Assembly">The module's assembly: scanned for handlers, validators and migrations.</param>
internal sealed record LoadedModule(ISuiteModule Module, Assembly Assembly);

/// <summary>Start-up refused because the set of enabled modules is not loadable.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);

/// <summary>
/// Finds modules by the <c>suite-module.json</c> manifest their build writes next to their
/// assembly, loads the enabled ones and orders them so every module follows its dependencies.
/// </summary>
internal static class ModuleLoader
{
    public const string ManifestFileName = "suite-module.json";

    /// <param name="modulesPath">Folder searched (three levels deep) for manifests.</param>
    /// <param name="enabled">Names of the modules to load.</param>
    /// <param name="configurationFolder">When set, only manifests in folders of this name count (the build's <c>debug</c> or <c>release</c>).</param>
    public static IReadOnlyList<LoadedModule> Load(string modulesPath, IReadOnlyCollection<string> enabled, string? configurationFolder = null)
    {
        if (enabled.Count == 0)
        {
            return [];
        }

        if (!Directory.Exists(modulesPath))
        {
            throw new ModuleLoadException($"Modules folder '{modulesPath}' does not exist. Build the solution (dotnet build) or set Suite:ModulesPath.");
        }

        var hostAssemblies = ModuleLoadContext.HostAssemblies();
        var discovered = FindManifests(modulesPath, configurationFolder)
            .Select(manifest => LoadModule(manifest, hostAssemblies))
            .ToList();

        var byName = new Dictionary<string, LoadedModule>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in enabled)
        {
            var matches = discovered.Where(m => string.Equals(m.Module.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                throw new ModuleLoadException(
                    $"Module '{name}' is enabled in Suite:Modules but was not found under '{modulesPath}'. Found: {Names(discovered)}.");
            }

            if (matches.Count > 1)
            {
                throw new ModuleLoadException(
                    $"Module '{name}' is defined more than once: {string.Join(", ", matches.Select(m => m.Assembly.Location))}. Remove one of them.");
            }

            byName[name] = matches[0];
        }

        return Order(byName);
    }

    /// <summary>Orders modules so each comes after its dependencies; reports missing ones and cycles.</summary>
    internal static IReadOnlyList<LoadedModule> Order(IReadOnlyDictionary<string, LoadedModule> modules)
    {
        foreach (var module in modules.Values)
        {
            var missing = module.Module.DependsOn.Where(d => !modules.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new ModuleLoadException(
                    $"Module '{module.Module.Name}' depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not enabled or not installed. Enable it in Suite:Modules or disable '{module.Module.Name}'.");
            }
        }

        var ordered = new List<LoadedModule>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        var path = new Stack<string>();

        void Visit(LoadedModule module)
        {
            var name = module.Module.Name;
            if (state.TryGetValue(name, out var done))
            {
                if (!done)
                {
                    var cycle = path.Reverse().SkipWhile(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).Append(name);
                    throw new ModuleLoadException($"Modules depend on each other in a cycle: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[name] = false;
            path.Push(name);
            foreach (var dependency in module.Module.DependsOn)
            {
                Visit(modules[dependency]);
            }

            path.Pop();
            state[name] = true;
            ordered.Add(module);
        }

        foreach (var module in modules.Values.OrderBy(m => m.Module.Name, StringComparer.OrdinalIgnoreCase))
        {
            Visit(module);
        }

        return ordered;
    }

    private static IEnumerable<string> FindManifests(string modulesPath, string? configurationFolder) =>
        Directory.EnumerateFiles(modulesPath, ManifestFileName, new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3 })
            .Where(m => configurationFolder is null || Path.GetFileName(Path.GetDirectoryName(m)) == configurationFolder)
            .Order(StringComparer.Ordinal);

    private static LoadedModule LoadModule(string manifestPath, IReadOnlySet<string> hostAssemblies)
    {
        var folder = Path.GetDirectoryName(manifestPath)!;
        string assemblyFile;
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
            assemblyFile = manifest.RootElement.GetProperty("assembly").GetString()
                ?? throw new ModuleLoadException($"Module manifest '{manifestPath}' names no assembly.");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ModuleLoadException($"Module manifest '{manifestPath}' is not valid: {ex.Message}");
        }

        var assemblyPath = Path.Combine(folder, assemblyFile);
        if (!File.Exists(assemblyPath))
        {
            throw new ModuleLoadException($"Module manifest '{manifestPath}' names '{assemblyFile}', which is not in its folder.");
        }

        ModuleLoadContext.RegisterContracts(folder);
        var context = new ModuleLoadContext(assemblyPath, hostAssemblies);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        var moduleTypes = assembly.GetTypes()
            .Where(t => typeof(ISuiteModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        if (moduleTypes.Count != 1)
        {
            throw new ModuleLoadException(
                $"Assembly '{assemblyPath}' must define exactly one ISuiteModule; it defines {moduleTypes.Count}.");
        }

        var module = (ISuiteModule)(Activator.CreateInstance(moduleTypes[0])
            ?? throw new ModuleLoadException($"Could not create module {moduleTypes[0].FullName}."));
        return new LoadedModule(module, assembly);
    }

    private static string Names(IEnumerable<LoadedModule> modules)
    {
        var names = modules.Select(m => m.Module.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
