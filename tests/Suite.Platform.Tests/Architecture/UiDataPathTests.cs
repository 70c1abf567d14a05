using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Suite.Platform.Modules;

namespace Suite.Platform.Tests.Architecture;

/// <summary>
/// The web app has one path to data: components send the mediator requests the API sends, so they may be
/// given the mediator and what a page needs to run, never a store or directory that would skip the
/// pipeline's validation, authorization and license gates.
/// </summary>
public sealed class UiDataPathTests
{
    private static readonly HashSet<string> InjectableIntoComponents = new(StringComparer.Ordinal)
    {
        "Suite.Platform.Mediator.ISender",
        "Suite.Platform.Web.ICircuitUser",
        "Suite.Platform.Realtime.IRealtimeSubscriptions",
        "Suite.Platform.Web.ModuleUiCatalog",
        "Suite.Platform.Web.IUiSlots",
        "Microsoft.AspNetCore.Components.NavigationManager",
        "Microsoft.JSInterop.IJSRuntime",
        "System.TimeProvider",
    };

    [Test]
    public void Components_InjectOnlyTheMediatorAndPageServices()
    {
        var contexts = new List<AssemblyLoadContext>();
        try
        {
            var assemblies = ModuleAssemblyPaths()
                .Select(path =>
                {
                    var context = new ReadOnlyModuleContext(path);
                    contexts.Add(context);
                    return context.LoadFromAssemblyPath(path);
                })
                .Append(typeof(SuiteApplication).Assembly)
                .ToList();

            var components = assemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(IComponent).IsAssignableFrom(t)).ToList();
            var violations = components
                .SelectMany(type => type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(property => property.IsDefined(typeof(InjectAttribute)) && !InjectableIntoComponents.Contains(property.PropertyType.FullName ?? ""))
                    .Select(property => $"{type.FullName}.{property.Name}: {property.PropertyType.FullName}"));

            Assert.That(components.Select(t => t.Name), Does.Contain("ChannelsPage").And.Contain("LicensePage").And.Contain("RunPage"), "the modules' components were found");
            Assert.That(violations, Is.Empty);
        }
        finally
        {
            contexts.ForEach(c => c.Unload());
        }
    }

    private static IEnumerable<string> ModuleAssemblyPaths() =>
        Directory.EnumerateDirectories(BuildOutput.Bin)
            .Select(project => Path.Combine(project, BuildOutput.Configuration, "suite-module.json"))
            .Where(File.Exists)
            .Select(manifest =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(manifest));
                return Path.Combine(Path.GetDirectoryName(manifest)!, json.RootElement.GetProperty("assembly").GetString()!);
            });

    // A module with its private dependencies; the framework and everything the host ships resolve to the
    // default context, so component and attribute types compare as they do in the host.
    private sealed class ReadOnlyModuleContext(string path) : AssemblyLoadContext($"components of {Path.GetFileName(path)}", isCollectible: true)
    {
        private static readonly IReadOnlySet<string> HostAssemblies = ModuleLoadContext.HostAssemblies();
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || HostAssemblies.Contains(assemblyName.Name))
            {
                return null;
            }

            var resolved = _resolver.ResolveAssemblyToPath(assemblyName);
            return resolved is null ? null : LoadFromAssemblyPath(resolved);
        }
    }
}
