using Suite.Licensing.Active;
using Suite.Licensing.Signing;
using Suite.Platform.Licensing;
using Suite.Platform.Modules;

namespace Suite.Licensing.Gate;

/// <summary>
/// Answers gates from the active license, at the current time: nothing is on before the license
/// starts or after its grace period. A feature whose key is a flag of the license follows the flag
/// (after Mattermost's defaulting rule); any other declared feature follows the license's edition.
/// </summary>
internal sealed class LicenseFeatureGate(IFeatureCatalog catalog, ActiveLicense active, TimeProvider time) : IFeatureGate
{
    public bool IsEnabled(string featureKey)
    {
        var license = active.Current;
        if (license is null || !license.IsInForce(time.GetUtcNow().ToUnixTimeMilliseconds()))
        {
            return false;
        }

        if (license.Features.Get(featureKey) is { } flag)
        {
            return flag;
        }

        return Find(featureKey) is { } feature && license.License.Tier >= Tier(feature.Edition);
    }

    public LicensedFeature? Find(string featureKey) => catalog.Features.GetValueOrDefault(featureKey);

    public IReadOnlyList<(LicensedFeature Feature, bool Enabled)> Describe() =>
        catalog.Features.Values
            .OrderBy(f => f.Edition)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (f, IsEnabled(f.Key)))
            .ToList();

    private static int Tier(Edition edition) => edition switch
    {
        Edition.Free => 0,
        Edition.Professional => Skus.ProfessionalTier,
        _ => Skus.EnterpriseTier,
    };
}
