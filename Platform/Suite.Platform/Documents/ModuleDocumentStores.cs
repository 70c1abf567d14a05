using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Suite.Platform.Modules;
using Weasel.Core;

namespace Suite.Platform.Documents;

/// <summary>
/// Builds one Marten store per module that registered for one, in the module's schema, on the
/// process's data source. Stores never create or change schema objects themselves
/// (<see cref="AutoCreate.None"/>): <see cref="DocumentSchemas"/> does that at start-up.
/// </summary>
internal sealed class ModuleDocumentStores : IModuleDocumentStores, IDisposable
{
    private readonly Dictionary<Type, (LoadedModule Module, DocumentStore Store)> _stores = [];

    public ModuleDocumentStores(ModuleCatalog catalog, IEnumerable<DocumentStoreRegistration> registrations, NpgsqlDataSource dataSource)
    {
        foreach (var registration in registrations)
        {
            var module = catalog.Modules.FirstOrDefault(m => m.Module.GetType() == registration.ModuleType)
                ?? throw new ModuleLoadException($"{registration.ModuleType.FullName} asked for a document store but is not a loaded module.");
            if (_stores.ContainsKey(registration.ModuleType))
            {
                throw new ModuleLoadException($"Module {module.Module.Name} asked for a document store twice; a module has one store.");
            }

            _stores[registration.ModuleType] = (module, new DocumentStore(Options(module.Module.Schema, registration, dataSource)));
        }
    }

    /// <summary>Every store with the module that owns it, in module load order.</summary>
    public IEnumerable<(ISuiteModule Module, IDocumentStore Store)> All =>
        _stores.Values.OrderBy(s => s.Module.Module.Name, StringComparer.Ordinal).Select(s => (s.Module.Module, (IDocumentStore)s.Store));

    public IDocumentStore For(Type moduleType) =>
        _stores.TryGetValue(moduleType, out var store)
            ? store.Store
            : throw new InvalidOperationException($"{moduleType.FullName} registered no document store: call AddModuleDocumentStore in its ConfigureServices.");

    public void Dispose()
    {
        foreach (var (_, store) in _stores.Values)
        {
            store.Dispose();
        }
    }

    private static StoreOptions Options(string schema, DocumentStoreRegistration registration, NpgsqlDataSource dataSource)
    {
        var options = new StoreOptions();
        options.Connection(dataSource);
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.SnakeCase);
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.AutoCreateSchemaObjects = AutoCreate.None;
        registration.Configure(options);

        // After the module's own configuration: the schema is the module's, whatever it set.
        options.DatabaseSchemaName = schema;
        options.Events.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.None;
        return options;
    }
}
