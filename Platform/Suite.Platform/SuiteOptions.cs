using Microsoft.Extensions.Configuration;

namespace Suite.Platform;

/// <summary>The host's configuration, section <c>Suite</c>.</summary>
public sealed class SuiteOptions
{
    /// <summary>Where Suite keeps its data (embedded PostgreSQL, files). Default <c>.suite</c> under the working directory.</summary>
    public string DataDirectory { get; set; } = ".suite";

    /// <summary>The enabled modules, by name.</summary>
    public IReadOnlyList<string> Modules { get; set; } = [];

    /// <summary>Folder searched for module manifests; default: the build output folder next to the host's.</summary>
    public string? ModulesPath { get; set; }

    /// <summary>Reads the section, accepting <c>Suite:Modules</c> as a list or a comma-separated string.</summary>
    public static SuiteOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Suite");
        var modules = section.GetSection("Modules");
        var list = modules.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (list.Count == 0 || LatestIsString(configuration, modules.Path))
        {
            list = [.. (modules.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return new SuiteOptions
        {
            DataDirectory = section["DataDirectory"] is { Length: > 0 } dir ? dir : ".suite",
            ModulesPath = section["ModulesPath"] is { Length: > 0 } path ? path : null,
            Modules = list.Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    /// <summary>
    /// True when the last source that sets <paramref name="key"/> sets it as a string rather than a list:
    /// the merged configuration keeps both forms, and would otherwise let an earlier list win.
    /// </summary>
    private static bool LatestIsString(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return false;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }

            if (provider.GetChildKeys([], key).Any())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The modules folder: configured, or <c>modules/</c> beside the host (a published layout), or
    /// the build's <c>artifacts/bin</c> that holds the host's own output folder. In the build layout
    /// only output folders of the host's own configuration (<c>debug</c>, <c>release</c>) count.
    /// </summary>
    public (string Path, string? ConfigurationFolder) ResolveModulesPath()
    {
        if (ModulesPath is not null)
        {
            return (System.IO.Path.GetFullPath(ModulesPath), null);
        }

        var baseDirectory = AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var published = System.IO.Path.Combine(baseDirectory, "modules");
        return Directory.Exists(published)
            ? (published, null)
            : (System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, "..", "..")), System.IO.Path.GetFileName(baseDirectory));
    }
}
