using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Suite.Platform.Modules;

namespace Suite.Platform.Tests.Architecture;

/// <summary>
/// The boundaries of DESIGN.md, read from the built assemblies' references: the host knows no module,
/// a module sees another only through its <c>*.Contracts</c>, and the abstractions stand alone.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Abstractions = "Suite.Platform.Abstractions";

    private static readonly string[] ProductModules = ["Suite.Channels", "Suite.Boards", "Suite.Playbooks", "Suite.Licensing"];

    private Dictionary<string, string[]> _moduleReferences = null!;

    [OneTimeSetUp]
    public void ReadModules()
    {
        _moduleReferences = Directory.EnumerateDirectories(BuildOutput.Bin)
            .Select(project => Path.Combine(project, BuildOutput.Configuration, "suite-module.json"))
            .Where(File.Exists)
            .Select(manifest => Path.Combine(Path.GetDirectoryName(manifest)!, ManifestAssembly(manifest)))
            .ToDictionary(path => AssemblyName.GetAssemblyName(path).Name!, SuiteReferencesOf);
        Assert.That(_moduleReferences.Keys, Is.SupersetOf(ProductModules), "the product modules must be built before these tests run");
    }

    [Test]
    public void Host_ReferencesNoModule()
    {
        var hostFolder = BuildOutput.ProjectFolder("Suite.Host");

        var references = SuiteReferencesOf(Path.Combine(hostFolder, "Suite.Host.dll"));

        Assert.That(references, Is.EquivalentTo(new[] { "Suite.Platform" }));
        Assert.That(_moduleReferences.Keys.Where(module => File.Exists(Path.Combine(hostFolder, module + ".dll"))), Is.Empty,
            "no module assembly is copied into the host's folder");
    }

    [Test]
    public void Platform_ReferencesNoModuleOrContracts()
    {
        var references = SuiteReferencesOf(typeof(SuiteApplication).Assembly);

        Assert.That(references, Is.EquivalentTo(new[] { Abstractions, "Suite.Platform.EmbeddedPostgres" }));
    }

    [Test]
    public void Modules_ReferenceOnlyTheAbstractionsContractsAndTheirOwnLibraries()
    {
        var violations = _moduleReferences
            .SelectMany(module => module.Value
                .Where(reference => reference != Abstractions && !ModuleLoadContext.IsContracts(reference) && !IsOwnLibrary(module.Key, reference))
                .Select(reference => $"{module.Key} -> {reference}"));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Modules_DoNotReferenceAnotherModule()
    {
        var violations = _moduleReferences
            .SelectMany(module => module.Value.Where(_moduleReferences.ContainsKey).Select(reference => $"{module.Key} -> {reference}"));

        Assert.That(violations, Is.Empty);
    }

    // A module may split its own implementation into libraries under its name (Suite.Licensing.Signing),
    // as long as none of them is itself a module.
    private bool IsOwnLibrary(string module, string reference) =>
        reference.StartsWith(module + ".", StringComparison.Ordinal) && !_moduleReferences.ContainsKey(reference);

    [Test]
    public void Contracts_ReferenceOnlyTheAbstractionsAndOtherContracts()
    {
        var contracts = Directory.EnumerateFiles(BuildOutput.Bin, "*.Contracts.dll", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == BuildOutput.Configuration)
            .DistinctBy(Path.GetFileName)
            .ToList();

        var violations = contracts.SelectMany(path => SuiteReferencesOf(path)
            .Where(reference => reference != Abstractions && !ModuleLoadContext.IsContracts(reference))
            .Select(reference => $"{Path.GetFileNameWithoutExtension(path)} -> {reference}"));

        Assert.That(contracts.Select(Path.GetFileNameWithoutExtension), Does.Contain("Suite.Channels.Contracts"));
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Abstractions_ReferenceNoSuiteAssembly()
    {
        Assert.That(SuiteReferencesOf(typeof(ISuiteModule).Assembly), Is.Empty);
    }

    private static string ManifestAssembly(string manifestPath)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        return manifest.RootElement.GetProperty("assembly").GetString()!;
    }

    private static string[] SuiteReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Suite.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Reads an assembly's references in a throwaway load context, so nothing it names gets loaded.</summary>
    private static string[] SuiteReferencesOf(string path)
    {
        var context = new AssemblyLoadContext($"references of {Path.GetFileName(path)}", isCollectible: true);
        try
        {
            return SuiteReferencesOf(context.LoadFromAssemblyPath(path));
        }
        finally
        {
            context.Unload();
        }
    }
}
