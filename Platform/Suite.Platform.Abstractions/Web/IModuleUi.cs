namespace Suite.Platform.Web;

/// <summary>
/// Implemented by a module (next to <see cref="Modules.ISuiteModule"/>) that contributes screens to
/// the web app. The host adds the module's assembly to the router, so every routable component in
/// it becomes a page, and shows <see cref="Navigation"/> in the app's navigation.
/// </summary>
public interface IModuleUi
{
    /// <summary>Entries the module adds to the app's navigation.</summary>
    IReadOnlyList<NavEntry> Navigation { get; }
}

/// <summary>Where a navigation entry is shown.</summary>
public enum NavArea
{
    /// <summary>The main navigation, for every signed-in user.</summary>
    Main,

    /// <summary>The system console's menu, for system admins only.</summary>
    SystemConsole,
}

/// <summary>A link in the app's navigation.</summary>
/// <param name="Title">The text shown.</param>
/// <param name="Href">
/// The page, relative to the app's root. <c>{team}</c> is replaced by the current team's name;
/// an entry whose link needs a team is hidden while no team is selected.
/// </param>
/// <param name="Area">Where the entry is shown.</param>
/// <param name="Order">Sort key within its area (lower first).</param>
public sealed record NavEntry(string Title, string Href, NavArea Area = NavArea.Main, int Order = 100);
