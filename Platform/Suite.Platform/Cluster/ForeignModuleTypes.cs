using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization.Configuration;
using Suite.Platform.Modules;

namespace Suite.Platform.Cluster;

/// <summary>
/// Orleans finds its generated grain and serializer types by scanning every assembly loaded in the
/// process, whatever its load context. A process running several Suite hosts (the tests do) holds
/// each host's copy of a module, each in its own context; a silo must know only its own host's
/// copies, or it sees every grain type twice. This removes the other hosts' types from the silo's
/// type manifest and grain classes.
/// </summary>
internal static class ForeignModuleTypes
{
    public static void Remove(IServiceCollection services, ModuleCatalog catalog)
    {
        var ownAssemblies = catalog.Modules.Select(m => m.Assembly).ToHashSet();

        // Grains and serialized messages live in Orleans, the Platform and this host's modules. Anything
        // else is foreign: another host's copy of a module (in its own load context), and also a module
        // assembly loaded by path into the default context (the architecture tests inspect them so),
        // which Orleans finds by scanning but cannot resolve by name.
        bool IsForeign(Type type)
        {
            var assembly = type.Assembly;
            if (ownAssemblies.Contains(assembly) || assembly == typeof(ForeignModuleTypes).Assembly)
            {
                return false;
            }

            var name = assembly.GetName().Name ?? "";
            return !(name.StartsWith("Orleans.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.", StringComparison.Ordinal)
                || name.StartsWith("System.", StringComparison.Ordinal)
                || name.StartsWith("Suite.Platform", StringComparison.Ordinal)
                || name is "System" or "mscorlib" or "netstandard");
        }

        var foreign = services
            .Where(d => d.ServiceType == typeof(IConfigureOptions<TypeManifestOptions>)
                && (d.ImplementationType ?? d.ImplementationInstance?.GetType()) is { } type
                && IsForeign(type))
            .ToList();
        foreach (var descriptor in foreign)
        {
            services.Remove(descriptor);
        }

        services.PostConfigure<TypeManifestOptions>(options => RemoveFrom(options, IsForeign));
        services.PostConfigure<GrainTypeOptions>(options =>
        {
            options.Classes.RemoveWhere(IsForeign);
            options.Interfaces.RemoveWhere(IsForeign);
        });

        // Options are validated after every configure and post-configure step, whoever registered
        // it and when: the last chance to drop types another host's copy of a module added.
        services.AddSingleton<IValidateOptions<TypeManifestOptions>>(new LastStep<TypeManifestOptions>(options => RemoveFrom(options, IsForeign)));
        services.AddSingleton<IValidateOptions<GrainTypeOptions>>(new LastStep<GrainTypeOptions>(options =>
        {
            options.Classes.RemoveWhere(IsForeign);
            options.Interfaces.RemoveWhere(IsForeign);
        }));
    }

    private sealed class LastStep<TOptions>(Action<TOptions> change) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            change(options);
            return ValidateOptionsResult.Success;
        }
    }

    /// <summary>Removes foreign types from every set of types and every map to types of <paramref name="options"/>.</summary>
    private static void RemoveFrom(object options, Func<Type, bool> isForeign)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(options))
            {
                case HashSet<Type> types:
                    types.RemoveWhere(t => isForeign(t));
                    break;
                case IDictionary map:
                    var keys = map.Keys.Cast<object>().Where(k => map[k] is Type t && isForeign(t)).ToList();
                    keys.ForEach(map.Remove);
                    break;
            }
        }
    }
}
