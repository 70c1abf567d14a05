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

    /// <summary>Components the module shows inside other modules' screens, at the places those screens offer.</summary>
    IReadOnlyList<SlotEntry> Slots => [];
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
/// The page, relative to the app's root. <c>{team}</c> is replaced by the current team's name (on pages
/// outside a team, the team last viewed); an entry whose link needs a team is hidden while there is none.
/// </param>
/// <param name="Area">Where the entry is shown.</param>
/// <param name="Order">Sort key within its area (lower first).</param>
public sealed record NavEntry(string Title, string Href, NavArea Area = NavArea.Main, int Order = 100);

/// <summary>A component shown at a named place (a slot) that another module's screen offers.</summary>
/// <param name="Slot">The slot's name, as the offering module publishes it (for example in its <c>*.Contracts</c>).</param>
/// <param name="Component">The component; it receives the parameters the slot documents.</param>
/// <param name="Order">Sort key among the slot's components (lower first).</param>
public sealed record SlotEntry(string Slot, Type Component, int Order = 100);

/// <summary>What every module shows at a slot: a screen renders these where it offers the slot.</summary>
public interface IUiSlots
{
    /// <summary>The components for <paramref name="slot"/>, in order; empty when no module fills it.</summary>
    IReadOnlyList<Type> In(string slot);
}
