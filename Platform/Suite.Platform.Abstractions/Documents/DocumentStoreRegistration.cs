using Marten;

namespace Suite.Platform.Documents;

/// <summary>A module's request for a document store, read by the Platform when it builds the stores.</summary>
/// <param name="ModuleType">The module's <see cref="Modules.ISuiteModule"/> type.</param>
/// <param name="Configure">
/// The module's mappings: documents, indexes, event types, projections. It runs after the Platform's
/// defaults (schema, data source, System.Text.Json with snake_case names and enums as strings,
/// string stream keys), so a module may override the serializer; it must not change the schema.
/// </param>
public sealed record DocumentStoreRegistration(Type ModuleType, Action<StoreOptions> Configure);
