using System.Reflection;
using Suite.Platform.Modules;

namespace Suite.Platform.Web;

/// <summary>The assemblies whose pages the router serves, and the navigation and slot components every module contributes.</summary>
internal sealed class ModuleUiCatalog : IUiSlots
{
    private static readonly NavEntry[] PlatformNavigation =
    [
        new("Users", "admin/users", NavArea.SystemConsole, 10),
        new("Teams", "admin/teams", NavArea.SystemConsole, 20),
    ];

    private readonly Dictionary<string, IReadOnlyList<Type>> _slots;

    public ModuleUiCatalog(ModuleCatalog modules)
    {
        var withUi = modules.Modules.Where(m => m.Module is IModuleUi).ToList();
        Assemblies = withUi.Select(m => m.Assembly).Distinct().ToList();
        Navigation = withUi.SelectMany(m => ((IModuleUi)m.Module).Navigation)
            .Concat(PlatformNavigation)
            .OrderBy(e => e.Order)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
        _slots = withUi.SelectMany(m => ((IModuleUi)m.Module).Slots)
            .OrderBy(e => e.Order)
            .GroupBy(e => e.Slot, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Type>)g.Select(e => e.Component).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Module assemblies holding routable components (the Platform's own is the router's app assembly).</summary>
    public IReadOnlyList<Assembly> Assemblies { get; }

    public IReadOnlyList<NavEntry> Navigation { get; }

    public IReadOnlyList<Type> In(string slot) => _slots.GetValueOrDefault(slot, []);

    public IEnumerable<NavEntry> In(NavArea area) => Navigation.Where(e => e.Area == area);

    /// <summary>The link for <paramref name="entry"/> in <paramref name="teamName"/>; null when it needs a team and none is chosen.</summary>
    public static string? Href(NavEntry entry, string? teamName)
    {
        if (!entry.Href.Contains("{team}", StringComparison.Ordinal))
        {
            return entry.Href;
        }

        return string.IsNullOrEmpty(teamName) ? null : entry.Href.Replace("{team}", Uri.EscapeDataString(teamName), StringComparison.Ordinal);
    }
}
