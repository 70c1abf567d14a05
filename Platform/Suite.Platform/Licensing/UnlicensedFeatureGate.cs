using Suite.Platform.Modules;

namespace Suite.Platform.Licensing;

/// <summary>The gate with no license installed: every paid feature is off. Licensing replaces it.</summary>
internal sealed class UnlicensedFeatureGate(ModuleCatalog catalog) : IFeatureGate
{
    public bool IsEnabled(string featureKey) => false;

    public LicensedFeature? Find(string featureKey) => catalog.Features.GetValueOrDefault(featureKey);

    public IReadOnlyList<(LicensedFeature Feature, bool Enabled)> Describe() =>
        catalog.Features.Values.Select(f => (f, false)).ToList();
}
