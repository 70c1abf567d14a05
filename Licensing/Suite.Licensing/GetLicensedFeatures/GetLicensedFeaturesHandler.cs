using Suite.Licensing.Active;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetLicensedFeatures;

internal sealed class GetLicensedFeaturesHandler(IFeatureGate gate, ActiveLicense active, TimeProvider time)
    : IRequestHandler<GetLicensedFeatures, LicensedFeaturesView>
{
    public Task<LicensedFeaturesView> Handle(GetLicensedFeatures request, CancellationToken cancellationToken)
    {
        var current = active.Current;
        var inForce = current is not null && current.IsInForce(time.GetUtcNow().ToUnixTimeMilliseconds());
        var features = gate.Describe()
            .Select(g => new LicensedFeatureView(g.Feature.Key, g.Feature.DisplayName, g.Feature.Edition.ToString().ToLowerInvariant(), g.Enabled))
            .ToList();
        return Task.FromResult(new LicensedFeaturesView(
            inForce,
            inForce ? current!.License.SkuShortName : "",
            inForce && current!.License.IsTrial,
            features));
    }
}
