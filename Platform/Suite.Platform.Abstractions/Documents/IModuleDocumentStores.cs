using Marten;

namespace Suite.Platform.Documents;

/// <summary>The Platform's document stores, one per module that asked for one.</summary>
public interface IModuleDocumentStores
{
    /// <summary>The store of the module whose <see cref="Modules.ISuiteModule"/> type is <paramref name="moduleType"/>.</summary>
    IDocumentStore For(Type moduleType);
}
