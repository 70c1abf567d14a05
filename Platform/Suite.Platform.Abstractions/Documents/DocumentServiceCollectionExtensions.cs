using Marten;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Modules;

namespace Suite.Platform.Documents;

/// <summary>How a module asks for its document store.</summary>
public static class DocumentServiceCollectionExtensions
{
    /// <summary>
    /// Gives <typeparamref name="TModule"/> a Marten store in its own schema, injected as
    /// <see cref="ModuleDocumentStore{TModule}"/>. Its tables are created or upgraded at start-up,
    /// with the SQL migrations and under their lock.
    /// </summary>
    public static IServiceCollection AddModuleDocumentStore<TModule>(this IServiceCollection services, Action<StoreOptions> configure)
        where TModule : ISuiteModule
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new DocumentStoreRegistration(typeof(TModule), configure));
        services.AddSingleton(sp => new ModuleDocumentStore<TModule>(sp.GetRequiredService<IModuleDocumentStores>().For(typeof(TModule))));
        return services;
    }
}
