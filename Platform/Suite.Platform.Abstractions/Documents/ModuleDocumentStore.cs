using Marten;
using Suite.Platform.Modules;

namespace Suite.Platform.Documents;

/// <summary>
/// The Marten document store of the module <typeparamref name="TModule"/>: documents and event
/// streams in that module's own schema, on the process's one data source. Only the module can name
/// <typeparamref name="TModule"/>, so no other module can ask for this store.
/// </summary>
/// <typeparam name="TModule">The module that owns the store.</typeparam>
public sealed class ModuleDocumentStore<TModule>
    where TModule : ISuiteModule
{
    /// <summary>Wraps the store the Platform built for <typeparamref name="TModule"/>.</summary>
    public ModuleDocumentStore(IDocumentStore store) => Store = store;

    /// <summary>The store. Its schema objects exist before the first request; none is created during one.</summary>
    public IDocumentStore Store { get; }
}
