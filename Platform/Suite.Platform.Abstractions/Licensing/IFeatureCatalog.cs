using Suite.Platform.Modules;

namespace Suite.Platform.Licensing;

/// <summary>The licensed features every loaded module declares, by key. A feature gate answers for these.</summary>
public interface IFeatureCatalog
{
    /// <summary>The declared features, by <see cref="LicensedFeature.Key"/>.</summary>
    IReadOnlyDictionary<string, LicensedFeature> Features { get; }
}
