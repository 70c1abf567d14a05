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
    // In module load order; a handful of entries, so a list is the lookup too.
    private readonly List<(Type ModuleType, LoadedModule Module, DocumentStore Store)> _stores = [];

    public ModuleDocumentStores(ModuleCatalog catalog, IEnumerable<DocumentStoreRegistration> registrations, NpgsqlDataSource dataSource)
    {
        foreach (var registration in registrations)
        {
            var module = catalog.Modules.FirstOrDefault(m => m.Module.GetType() == registration.ModuleType)
                ?? throw new ModuleLoadException($"{registration.ModuleType.FullName} asked for a document store but is not a loaded module.");
            if (_stores.Any(s => s.ModuleType == registration.ModuleType))
            {
                throw new ModuleLoadException($"Module {module.Module.Name} asked for a document store twice; a module has one store.");
            }

            _stores.Add((registration.ModuleType, module, new DocumentStore(Options(module.Module.Schema, registration, dataSource))));
        }
    }

    /// <summary>Every store with the module that owns it, in module load order.</summary>
    public IEnumerable<(ISuiteModule Module, IDocumentStore Store)> All => _stores.Select(s => (s.Module.Module, (IDocumentStore)s.Store));

    public IDocumentStore For(Type moduleType) =>
        _stores.FirstOrDefault(s => s.ModuleType == moduleType).Store
            ?? throw new InvalidOperationException($"{moduleType.FullName} registered no document store: call AddModuleDocumentStore in its ConfigureServices.");

    public void Dispose()
    {
        foreach (var (_, _, store) in _stores)
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
        registration.Configure(options);

        // After the module's own configuration: the schema is the module's, and schema changes are
        // start-up's alone, whatever it set.
        options.DatabaseSchemaName = schema;
        options.Events.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.None;
        return options;
    }
}
